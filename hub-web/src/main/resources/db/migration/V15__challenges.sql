-- Social media challenges: a time-boxed campaign in which colleagues who enrol report the size of
-- their networks once a week; the leaderboard ranks them by growth. Also: the challenge's own
-- mailing list kind, and the weekly challenge mail (one per challenge week and language).

create sequence challenge_seq start with 50 increment by 50;

-- A challenge runs whole weeks from start_date (a date in Dutch time): week n is the seven days
-- from start_date + 7 (n - 1). networks: the ids of the networks that count, comma-separated.
create table challenge (
  id              bigint        primary key,
  title           varchar(200)  not null,
  description     varchar(5000),
  start_date      date          not null,
  weeks           integer       not null,
  networks        varchar(200)  not null,
  list_id         bigint        references mailing_list (id) on delete set null,
  created_by      bigint        references account (id) on delete set null,
  created_at      timestamp with time zone not null,
  announced_at    timestamp with time zone,
  winners         varchar(1000),
  results_item_id bigint        references item (id) on delete set null,
  version         bigint        not null,
  constraint challenge_weeks_range check (weeks between 1 and 12)
);

-- Who enrolled, and when they agreed that their growth is shown to the other participants.
-- Leaving deletes the row and, with it, every report.
create table challenge_participant (
  challenge_id bigint not null references challenge (id) on delete cascade,
  account_id   bigint not null references account (id) on delete cascade,
  joined_at    timestamp with time zone not null,
  primary key (challenge_id, account_id)
);

create index challenge_participant_account_idx on challenge_participant (account_id);

-- A participant's contacts on one network in one challenge week; a later report in the same week
-- replaces it (the primary key). Their first week is their baseline.
create table challenge_report (
  challenge_id bigint      not null,
  account_id   bigint      not null,
  week         integer     not null,
  network      varchar(16) not null,
  contacts     integer     not null,
  reported_at  timestamp with time zone not null,
  primary key (challenge_id, account_id, week, network),
  constraint challenge_report_participant_fk foreign key (challenge_id, account_id)
    references challenge_participant (challenge_id, account_id) on delete cascade,
  constraint challenge_report_contacts_range check (contacts >= 0)
);

-- A mailing list of a challenge's participants (kind CHALLENGE_PARTICIPANTS, criterion: the
-- challenge's id) needs a longer kind.
alter table mailing_list alter column kind set data type varchar(32);

-- The weekly challenge mail is a newsletter marked with its challenge and challenge week, one per
-- language of the participants; the unique key makes one per week however many instances try.
alter table newsletter add column challenge_id bigint references challenge (id) on delete set null;
alter table newsletter add column challenge_week integer;
alter table newsletter add constraint newsletter_challenge_week_unique
  unique (challenge_id, challenge_week, language);

-- A line per recipient that a newsletter carries for them alone (the weekly challenge mail: their
-- own growth and place), written when the newsletter is composed and read when it is sent.
create table newsletter_note (
  newsletter_id bigint        not null references newsletter (id) on delete cascade,
  email         varchar(320)  not null,
  note          varchar(1000) not null,
  primary key (newsletter_id, email)
);
