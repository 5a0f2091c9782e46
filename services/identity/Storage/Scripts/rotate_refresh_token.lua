-- Uses a refresh token once and issues its successor in the same step. Presenting a token that was already used
-- means it leaked: every session of the user is revoked (the account's session generation moves on).
-- KEYS[1] the presented token's hash, KEYS[2] the successor's hash, KEYS[3] the account hash;
-- ARGV[1] now (ms), ARGV[2] successor expires (ms), ARGV[3] successor key TTL (ms).
-- Returns {status, device_id}: 'invalid' | 'reused' | 'expired' | 'revoked' | 'frozen' | 'ok'
local t = redis.call('HMGET', KEYS[1], 'device', 'generation', 'expires_ms', 'used')
if not t[1] then return {'invalid', ''} end
local a = redis.call('HMGET', KEYS[3], 'session_generation', 'frozen')
if not a[1] then return {'invalid', ''} end
if t[4] == '1' then
  redis.call('HINCRBY', KEYS[3], 'session_generation', 1)
  return {'reused', t[1]}
end
if tonumber(t[3]) <= tonumber(ARGV[1]) then return {'expired', t[1]} end
if t[2] ~= a[1] then return {'revoked', t[1]} end
if a[2] == '1' then return {'frozen', t[1]} end
redis.call('HSET', KEYS[1], 'used', '1')
redis.call('HSET', KEYS[2], 'device', t[1], 'generation', t[2], 'expires_ms', ARGV[2], 'used', '0')
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return {'ok', t[1]}
