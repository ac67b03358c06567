-- Intake by chat and the content calendar.
--
-- Intake: which phone number belongs to which colleague (kept by editors and administrators),
-- and every message received, once (by the gateway's message id), with what became of it: a
-- submission, or held for an editor when the sender is unknown.

create table intake_phone (
  phone      varchar(20)  not null primary key,
  username   varchar(64)  not null references account (username) on delete cascade,
  created_at timestamp with time zone not null
);

create sequence intake_message_seq start with 50 increment by 50;

create table intake_message (
  id            bigint primary key,
  source        varchar(16)   not null,
  external_id   varchar(255)  not null,
  sender        varchar(320)  not null,
  sender_name   varchar(200),
  username      varchar(64),
  kind          varchar(16)   not null,
  text          varchar(100000),
  media_id      varchar(255),
  media_type    varchar(100),
  status        varchar(16)   not null,
  submission_id bigint references submission (id) on delete set null,
  received_at   timestamp with time zone not null,
  constraint intake_message_unique unique (source, external_id)
);

create index intake_message_status_idx on intake_message (status, received_at);

-- The content calendar: planned posts per moment and channel (what, who, state), open slots that
-- colleagues propose ideas into, linked to the submission an idea becomes (and through it to the
-- published item).
create sequence calendar_slot_seq start with 50 increment by 50;

create table calendar_slot (
  id             bigint primary key,
  starts_at      timestamp with time zone not null,
  channel        varchar(32)   not null,
  title          varchar(300),
  note           varchar(2000),
  state          varchar(16)   not null,
  owner_username varchar(64)   references account (username) on delete set null,
  proposed_by    varchar(64)   references account (username) on delete set null,
  submission_id  bigint        references submission (id) on delete set null,
  created_at     timestamp with time zone not null,
  updated_at     timestamp with time zone not null,
  version        bigint        not null
);

create index calendar_slot_time_idx on calendar_slot (starts_at);

-- Per person, the secret of their calendar subscription (.ics) address: only its SHA-256 is kept;
-- a new address replaces the old, which stops working.
create table calendar_feed_token (
  username   varchar(64)  not null primary key references account (username) on delete cascade,
  token_hash varchar(64)  not null,
  created_at timestamp with time zone not null,
  constraint calendar_feed_token_unique unique (token_hash)
);
