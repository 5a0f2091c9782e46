-- Releases a saga lease if the caller still holds it (never someone else's).
-- KEYS[1] lease   ARGV[1] token. Returns 1 when released.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
