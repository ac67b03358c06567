-- Clicks on a newsletter's links by readers who consent to measurement. Only their mails carry a
-- signed reader token on the links (measured, set when the newsletter starts sending); a click
-- is counted as theirs only while they still consent. Everyone else's clicks stay anonymous
-- counts on newsletter_link, as do these readers' clicks too.
alter table delivery add column measured boolean not null default false;
alter table delivery add column reader_clicks integer not null default 0;
alter table delivery add column first_clicked_at timestamp with time zone;
