-- Keeps a user's recent security events for the security centre (newest first) and publishes the event on
-- identity.security in the same atomic step (transactional outbox: pubsub_publish is prepended by the loader).
-- The topic stream is the one key outside the user's slot, as the pub/sub outbox requires.
-- KEYS[1] the user's event list, KEYS[2] the topic stream;
-- ARGV[1] the record (protobuf), ARGV[2] how many to keep, ARGV[3..5] the outbox message (maxlen, data, metadata).
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
return pubsub_publish(KEYS[2], ARGV[3], ARGV[4], ARGV[5])
