-- Request imports take turns (until their transaction ends), so the merge's anti-join sees every
-- committed request. The key is any constant shared by all Lacunes processes.
SELECT pg_advisory_xact_lock(7164222)
