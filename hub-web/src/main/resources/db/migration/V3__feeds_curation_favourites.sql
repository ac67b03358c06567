-- Where items come from and what readers do with them.

-- A canonical URL identifies the same article however it was linked (tracking parameters,
-- fragments); a feed entry is identified by its feed and guid. The fingerprint tells whether a
-- feed entry changed since it was imported.
alter table item add column canonical_url varchar(2048);
alter table item add column feed_id bigint;
alter table item add column feed_guid varchar(1024);
alter table item add column feed_fingerprint varchar(64);
alter table item add column favourite_count integer not null default 0;

create unique index item_canonical_url_unique on item (canonical_url);
create unique index item_feed_guid_unique on item (feed_id, feed_guid);

create sequence feed_seq start with 50 increment by 50;

create table feed (
  id              bigint primary key,
  url             varchar(2048) not null,
  title           varchar(300),
  channel         varchar(32)   not null,
  language        varchar(8)    not null,
  department      varchar(100),
  default_tags    varchar(1000),
  poll_minutes    integer       not null default 30,
  etag            varchar(512),
  last_modified   varchar(100),
  next_poll_at    timestamp with time zone not null,
  lease_until     timestamp with time zone,
  last_polled_at  timestamp with time zone,
  last_success_at timestamp with time zone,
  last_error_at   timestamp with time zone,
  last_error      varchar(2000),
  items_found     integer       not null default 0,
  created_at      timestamp with time zone not null,
  version         bigint        not null default 0,
  constraint feed_url_unique unique (url)
);

alter table item add constraint item_feed_fk foreign key (feed_id) references feed (id) on delete set null;

create table favourite (
  account_id bigint not null references account (id) on delete cascade,
  item_id    bigint not null references item (id) on delete cascade,
  created_at timestamp with time zone not null,
  primary key (account_id, item_id)
);

create index favourite_item_idx on favourite (item_id);

-- Further experts' commentary on an item someone already curated.
create sequence item_comment_seq start with 50 increment by 50;

create table item_commentary (
  id         bigint primary key,
  item_id    bigint not null references item (id) on delete cascade,
  author_id  bigint references account (id) on delete set null,
  commentary varchar(20000) not null,
  created_at timestamp with time zone not null
);

create index item_commentary_item_idx on item_commentary (item_id, created_at);
