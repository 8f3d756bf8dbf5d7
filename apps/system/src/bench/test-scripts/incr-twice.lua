-- Two commands from inside a script: the meter must count them as well as the EVAL.
redis.call('incr', KEYS[1])
redis.call('incr', KEYS[1])
return 1
