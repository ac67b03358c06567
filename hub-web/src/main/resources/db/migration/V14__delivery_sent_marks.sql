-- A delivery the relay accepted, recorded the moment it said 250: one insert into this narrow
-- table costs a fraction of updating the delivery row and its four indexes, which a newsletter
-- worker paid for every message (docs/BENCHMARKS.md). Workers fold the marks into delivery
-- (status SENT, sent_at, message_id) after each batch; until then a marked delivery is never
-- claimed again.
create table delivery_sent (
  delivery_id bigint       primary key references delivery (id) on delete cascade,
  sent_at     timestamp with time zone not null,
  message_id  varchar(300)
);
