-- Stores the response of the request that holds the claim, for replay until it expires.
-- KEYS[1]  the key's record
-- ARGV[1]  the claim token   ARGV[2]  HTTP status   ARGV[3]  content type   ARGV[4]  location   ARGV[5]  body
-- ARGV[6]  how long the response is kept (ms)
-- Returns 1 when stored, 0 when the claim is no longer this request's (it expired and another request took it).
if redis.call('HGET', KEYS[1], 'token') ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'state', 'done', 'status', ARGV[2], 'type', ARGV[3], 'location', ARGV[4], 'body', ARGV[5])
redis.call('HDEL', KEYS[1], 'token')
redis.call('PEXPIRE', KEYS[1], ARGV[6])
return 1
