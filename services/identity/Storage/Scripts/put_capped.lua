-- Writes one field of a hash that may hold at most ARGV[3] fields (a user's devices or cards).
-- KEYS[1] the hash; ARGV[1] field, ARGV[2] value, ARGV[4] '1' to replace an existing field | '0' to keep it.
-- Returns {status, value}: 'created' | 'replaced' | 'exists' (with the kept value) | 'full'
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then
  if ARGV[4] == '1' then
    redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
    return {'replaced', ARGV[2]}
  end
  return {'exists', existing}
end
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then return {'full', ''} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return {'created', ARGV[2]}
