-- Written once for both databases: H2 runs in PostgreSQL mode (see hub.db.url's default).
-- Long texts use varchar(1000000): PostgreSQL's text would become a CLOB on H2.
-- Ids come from sequences that hand out blocks of 50 (JPA's allocationSize), so inserts need
-- no round trip per id and several instances never collide. EclipseLink reads a value as the
-- end of its block, hence the start at 50.

create sequence account_seq start with 50 increment by 50;
create sequence item_seq start with 50 increment by 50;

create table account (
  id            bigint primary key,
  username      varchar(64)  not null,
  display_name  varchar(200) not null,
  email         varchar(320),
  password_hash varchar(512) not null,
  department    varchar(100),
  language      varchar(8)   not null default 'nl',
  active        boolean      not null default true,
  created_at    timestamp with time zone not null,
  version       bigint       not null default 0,
  constraint account_username_unique unique (username)
);

create table account_role (
  account_id bigint      not null references account (id) on delete cascade,
  role       varchar(32) not null,
  primary key (account_id, role)
);

create table item (
  id            bigint primary key,
  item_type     varchar(32)    not null,
  title         varchar(300)   not null,
  summary       varchar(2000),
  body          varchar(1000000),
  commentary    varchar(20000),
  source_url    varchar(2048),
  image_url     varchar(2048),
  channel       varchar(32)    not null,
  language      varchar(8)     not null,
  department    varchar(100),
  author_id     bigint references account (id) on delete set null,
  published_at  timestamp with time zone not null,
  visibility    varchar(32)    not null,
  shareable     boolean        not null default false,
  created_at    timestamp with time zone not null,
  updated_at    timestamp with time zone not null,
  version       bigint         not null default 0
);

create index item_published_idx on item (published_at desc, id desc);
create index item_channel_idx on item (channel, published_at desc);
create index item_department_idx on item (department, published_at desc);

create table item_tag (
  item_id bigint      not null references item (id) on delete cascade,
  tag     varchar(64) not null,
  primary key (item_id, tag)
);

create index item_tag_tag_idx on item_tag (tag);
