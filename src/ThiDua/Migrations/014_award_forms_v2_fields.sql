-- Award forms stored before SPEC v2 lack its two fields, which a form defined then reads as: its quota over the whole
-- campaign, no registration required. Written out, so the stored rows are what a rebuild from the same events writes.
update rm_award_forms set definition = definition || '{"quotaScope": "campaign"}' where not definition ? 'quotaScope';
update rm_award_forms set definition = definition || '{"requireRegistration": false}' where not definition ? 'requireRegistration';
