-- Takes a saga's lease if nobody holds it and reads the saga's record in the same round trip.
-- KEYS[1] lease   KEYS[2] record   ARGV[1] token   ARGV[2] duration (ms).
-- Returns 0 when someone else holds the lease, otherwise the record's fields (none if the saga does not exist).
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 0
end
return redis.call('HGETALL', KEYS[2])
