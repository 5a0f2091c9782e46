-- Checks an offered SMS code (as its keyed digest) against the stored one: single use, expiring, at most
-- ARGV[3] checks. KEYS[1] the code hash; ARGV[1] now (ms), ARGV[2] offered digest, ARGV[3] max checks.
-- Returns {status, checks_left}: 'missing' | 'replayed' | 'expired' | 'locked' | 'mismatch' | 'ok'
local r = redis.call('HMGET', KEYS[1], 'digest', 'expires_ms', 'checks', 'used')
if not r[1] then return {'missing', 0} end
if r[4] == '1' then return {'replayed', 0} end
local max = tonumber(ARGV[3])
local checks = tonumber(r[3] or '0')
if checks >= max then return {'locked', 0} end
if tonumber(r[2]) <= tonumber(ARGV[1]) then return {'expired', max - checks} end
checks = redis.call('HINCRBY', KEYS[1], 'checks', 1)
if r[1] ~= ARGV[2] then return {'mismatch', max - checks} end
redis.call('HSET', KEYS[1], 'used', '1')
return {'ok', max - checks}
