-- Extends a saga lease if, and only if, the caller still holds it.
-- KEYS[1] lease   ARGV[1] token   ARGV[2] duration (ms). Returns 1 when renewed, 0 when the lease was lost.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
