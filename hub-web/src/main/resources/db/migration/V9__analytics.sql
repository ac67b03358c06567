-- Measurement of employee advocacy: the network sizes people give, the reach a share had when it
-- was made, and the conversions the company website reports for a tracked link.

-- A person's approximate number of contacts per network, entered by themselves on "Mijn hub" and
-- kept only while they consent to measurement (deleted with their measurement data).
create table network_size (
  account_id bigint      not null references account (id) on delete cascade,
  network    varchar(16) not null,
  contacts   integer     not null,
  updated_at timestamp with time zone not null,
  primary key (account_id, network)
);

-- The sharer's contacts on that network when the share was made (0: unknown). A number on the
-- share, not a person: it stays in the anonymous totals when the person is removed from the share.
alter table share add column reach integer not null default 0;

create sequence conversion_seq start with 50 increment by 50;

-- A conversion on the company website attributed to the tracked link that brought the visitor.
-- An order or reference id, when given, is counted once (unique; several without one are fine).
create table conversion (
  id             bigint        primary key,
  share_id       bigint        not null references share (id) on delete cascade,
  reference      varchar(200),
  amount         numeric(14, 2),
  source         varchar(16)   not null,
  converted_at   timestamp with time zone not null,
  conversion_day date          not null,
  constraint conversion_reference_unique unique (reference)
);

create index conversion_share_idx on conversion (share_id, conversion_day);
create index share_created_idx on share (created_at);
create index share_click_day_idx on share_click (click_day);
