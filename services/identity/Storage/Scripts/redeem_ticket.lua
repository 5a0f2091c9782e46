-- Redeems a step-up ticket exactly once, and only with the binding it was issued for. A redeemed ticket is kept
-- (with its TTL) so a replay is named as such. A wrong binding does not use the ticket up.
-- KEYS[1] the ticket hash; ARGV[1] now (ms), ARGV[2] purpose, ARGV[3] operation id, ARGV[4] amount,
-- ARGV[5] '1' to check operation and amount | '0' for purpose only (identity's own self-service purposes).
-- Returns {status, factors, operation}: 'missing' | 'replayed' | 'expired' | 'mismatch' | 'ok'
local t = redis.call('HMGET', KEYS[1], 'purpose', 'operation', 'amount', 'factors', 'expires_ms', 'redeemed')
if not t[1] then return {'missing', '', ''} end
if t[6] == '1' then return {'replayed', '', ''} end
if tonumber(t[5]) <= tonumber(ARGV[1]) then return {'expired', '', ''} end
if t[1] ~= ARGV[2] then return {'mismatch', '', ''} end
if ARGV[5] == '1' and (t[2] ~= ARGV[3] or t[3] ~= ARGV[4]) then return {'mismatch', '', ''} end
redis.call('HSET', KEYS[1], 'redeemed', '1')
return {'ok', t[4], t[2]}
