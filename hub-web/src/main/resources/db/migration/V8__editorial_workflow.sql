-- The editorial workflow: what colleagues submit, how it moves from draft to published, who did
-- what when (the audit trail), every text version, and the notices people get in the hub.

create sequence submission_seq start with 50 increment by 50;

-- A submission from a colleague: a story, idea, photo, link or video link for a channel. Its
-- state moves only through the workflow's transitions; version guards against lost edits.
create table submission (
  id            bigint primary key,
  title         varchar(300)   not null,
  body          varchar(1000000),
  kind          varchar(16)    not null,
  channel       varchar(32)    not null,
  links         varchar(10000),
  state         varchar(16)    not null,
  author_id     bigint         not null references account (id),
  editor_id     bigint         references account (id) on delete set null,
  item_id       bigint         references item (id) on delete set null,
  scheduled_at  timestamp with time zone,
  created_at    timestamp with time zone not null,
  updated_at    timestamp with time zone not null,
  text_version  integer        not null,
  version       bigint         not null
);

create index submission_state_idx on submission (state, updated_at);
create index submission_author_idx on submission (author_id);
create index submission_due_idx on submission (state, scheduled_at);

-- The photo of a submission (one), checked by its bytes; it becomes an attachment when published.
create table submission_image (
  submission_id bigint        not null primary key references submission (id) on delete cascade,
  filename      varchar(255)  not null,
  media_type    varchar(64)   not null,
  content       bytea         not null
);

create sequence submission_event_seq start with 50 increment by 50;

-- The audit trail: every transition and edit, who, when, from which state to which, why.
create table submission_event (
  id            bigint primary key,
  submission_id bigint        not null references submission (id) on delete cascade,
  actor_id      bigint        references account (id) on delete set null,
  actor_name    varchar(200)  not null,
  action        varchar(32)   not null,
  from_state    varchar(16),
  to_state      varchar(16)   not null,
  comment       varchar(4000),
  occurred_at   timestamp with time zone not null
);

create index submission_event_idx on submission_event (submission_id, occurred_at);

create sequence submission_version_seq start with 50 increment by 50;

-- Every text a submission had, numbered per submission. A conflicting edit (someone else saved
-- first) is kept here too, marked as such, so no text is ever silently lost.
create table submission_version (
  id            bigint primary key,
  submission_id bigint        not null references submission (id) on delete cascade,
  number        integer       not null,
  title         varchar(300)  not null,
  body          varchar(1000000),
  author_id     bigint        references account (id) on delete set null,
  author_name   varchar(200)  not null,
  conflict      boolean       not null,
  created_at    timestamp with time zone not null,
  constraint submission_version_unique unique (submission_id, number)
);

create sequence notice_seq start with 50 increment by 50;

-- Notices in the hub, per account: what happened (a message key and its arguments, so each
-- reader sees it in their own language), where to look, and whether it was read.
create table notice (
  id          bigint primary key,
  account_id  bigint        not null references account (id) on delete cascade,
  kind        varchar(64)   not null,
  subject     varchar(300)  not null,
  actor_name  varchar(200),
  link        varchar(500)  not null,
  created_at  timestamp with time zone not null,
  read_at     timestamp with time zone
);

create index notice_account_idx on notice (account_id, read_at, created_at);
