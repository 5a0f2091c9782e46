-- Stores the digest of a newly sent SMS code for one verification, replacing an earlier code. The check count is
-- kept across resends: a verification allows at most ARGV[4] checks in all.
-- KEYS[1] the code hash; ARGV[1] digest, ARGV[2] expires (ms), ARGV[3] key TTL (ms), ARGV[4] max checks.
-- Returns {'ok'} | {'exhausted'}
local checks = tonumber(redis.call('HGET', KEYS[1], 'checks') or '0')
if checks >= tonumber(ARGV[4]) then return {'exhausted'} end
redis.call('HSET', KEYS[1], 'digest', ARGV[1], 'expires_ms', ARGV[2], 'checks', checks, 'used', '0')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {'ok'}
