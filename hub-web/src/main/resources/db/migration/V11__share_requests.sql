-- Share requests: when an item is prepared for sharing and published, its audience is asked to
-- share it, by a notice and by mail through the newsletter pipeline (queue, throttle, retries,
-- unsubscribe and bounces included). Also: how often items were read, for "what your
-- contribution yielded".

-- The one list behind every share request mail: whoever may be asked to share. Unsubscribing from
-- it (by the mail's link or on the preferences page) stops share request mails, nothing else. Its
-- id is the top of a block taken from the sequence here: JPA hands out the 50 ids below each value
-- it takes, so it never meets this one (and EclipseLink refuses an id of 0).
insert into mailing_list (id, name, description, kind, criterion, created_at, version)
select nextval('mailing_list_seq'), 'Deelverzoeken', 'Verzoeken om een bericht van de hub te delen',
       'SHARE_REQUESTS', null, current_timestamp, 0;

-- A share request mail is a newsletter about one item, one per language of its recipients; the
-- unique key makes a second request for the same item impossible, however many instances or saves.
alter table newsletter add column share_item_id bigint references item (id) on delete cascade;
alter table newsletter add constraint newsletter_share_item_unique unique (share_item_id, language);

-- Who is asked: the item's audience, narrowed to those who may see the item, decided once when the
-- request is made (the mail's recipients are materialised from it when it is sent).
create table share_request_recipient (
  item_id    bigint not null references item (id) on delete cascade,
  account_id bigint not null references account (id) on delete cascade,
  primary key (item_id, account_id)
);

-- Reads of an item's page by signed-in colleagues, per day, counted in memory and added every few
-- seconds (as clicks are); no reader is stored.
create table item_read (
  item_id   bigint not null references item (id) on delete cascade,
  read_day  date   not null,
  reads     bigint not null default 0,
  primary key (item_id, read_day)
);
