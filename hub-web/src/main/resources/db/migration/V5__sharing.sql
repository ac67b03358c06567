-- Employee advocacy: what editors prepare for sharing, the tracked links colleagues share, and
-- the clicks on them. Clicks are aggregated per share, day and kind (human or link-preview bot);
-- visitors are recognised only by a salted hash whose salt rotates daily, never by address.

-- Who is asked to share an item (the shareable flag itself lives on item).
create table share_settings (
  item_id     bigint       not null primary key references item (id) on delete cascade,
  audience    varchar(32)  not null,
  departments varchar(2000),
  updated_at  timestamp with time zone not null
);

-- Suggested texts per network, in the order the editor wrote them; the sharer may pick one.
create table share_suggestion (
  item_id  bigint        not null references item (id) on delete cascade,
  network  varchar(16)   not null,
  ordinal  integer       not null,
  content  varchar(3000) not null,
  primary key (item_id, network, ordinal)
);

create sequence share_seq start with 50 increment by 50;

-- A tracked link: one per share action. The target (with its UTM parameters) is fixed when the
-- hub makes the link, so /s/{code} only ever redirects to an address from this table.
create table share (
  id         bigint        primary key,
  item_id    bigint        not null references item (id) on delete cascade,
  account_id bigint        references account (id) on delete set null,
  network    varchar(16)   not null,
  code       varchar(32)   not null,
  target_url varchar(4096) not null,
  created_at timestamp with time zone not null,
  constraint share_code_unique unique (code)
);

create index share_item_idx on share (item_id, network);
create index share_account_idx on share (account_id);

-- Clicks per share, day (UTC) and kind, written by the buffered counter with atomic increments.
create table share_click (
  share_id bigint  not null references share (id) on delete cascade,
  click_day date   not null,
  bot      boolean not null,
  clicks   bigint  not null default 0,
  primary key (share_id, click_day, bot)
);

-- Recent visitors per share (salted hash of address and user agent), so that every instance
-- counts a visitor's repeated clicks within 30 minutes once. Pruned after 30 minutes.
create table share_visitor (
  share_id     bigint      not null references share (id) on delete cascade,
  visitor_hash varchar(64) not null,
  seen_at      timestamp with time zone not null,
  primary key (share_id, visitor_hash)
);

create index share_visitor_seen_idx on share_visitor (seen_at);

-- The salt of the visitor hashes of one day, shared by all instances; old salts are deleted,
-- which makes old hashes unlinkable.
create table share_salt (
  salt_day date       not null primary key,
  salt varchar(64) not null
);
