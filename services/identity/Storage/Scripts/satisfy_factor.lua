-- Marks a factor of a verification as proven. When it was the last one missing, issues the single-use ticket:
-- its record (under the keyed digest of the ticket, KEYS[2]) copies the verification's binding.
-- KEYS[1] the verification hash, KEYS[2] the ticket hash;
-- ARGV[1] now (ms), ARGV[2] factor number, ARGV[3] ticket expires (ms), ARGV[4] ticket key TTL (ms), ARGV[5] verification id.
-- Returns {status, satisfied}: 'missing' | 'expired' | 'completed' | 'not_required' | 'pending' | 'issued'
local v = redis.call('HMGET', KEYS[1], 'required', 'satisfied', 'expires_ms', 'ticket_issued', 'purpose', 'operation', 'amount')
if not v[1] then return {'missing', ''} end
if tonumber(v[3]) <= tonumber(ARGV[1]) then return {'expired', v[2]} end
if v[4] == '1' then return {'completed', v[2]} end
local function contains(list, item)
  for x in string.gmatch(list, '[^,]+') do
    if x == item then return true end
  end
  return false
end
if not contains(v[1], ARGV[2]) then return {'not_required', v[2]} end
local satisfied = v[2]
if not contains(satisfied, ARGV[2]) then
  if satisfied == '' then satisfied = ARGV[2] else satisfied = satisfied .. ',' .. ARGV[2] end
  redis.call('HSET', KEYS[1], 'satisfied', satisfied)
end
for x in string.gmatch(v[1], '[^,]+') do
  if not contains(satisfied, x) then return {'pending', satisfied} end
end
redis.call('HSET', KEYS[1], 'ticket_issued', '1')
redis.call('HSET', KEYS[2], 'purpose', v[5], 'operation', v[6], 'amount', v[7], 'factors', satisfied,
  'expires_ms', ARGV[3], 'redeemed', '0', 'verification', ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {'issued', satisfied}
