'use strict';
// grpc.testing.TestService on @grpc/grpc-js, per the server features of the gRPC interop spec.
// Usage: node server.js --port N   (0 picks a free port; the ready line names the real one)
const { setTimeout: sleep } = require('node:timers/promises');
const grpc = require('@grpc/grpc-js');
const { loadTestingPackage } = require('./lib/proto');
const { parseArgs, requirePort } = require('./lib/args');

const ECHO_INITIAL = 'x-grpc-test-echo-initial';
const ECHO_TRAILING = 'x-grpc-test-echo-trailing-bin';

class CallError extends Error {
  constructor(code, details) {
    super(details);
    this.code = code;
    this.details = details;
  }
}

function copyMetadata(from, key) {
  const metadata = new grpc.Metadata();
  for (const value of from.get(key)) {
    metadata.add(key, value);
  }
  return metadata;
}

function echoInitialMetadata(call) {
  const echoed = copyMetadata(call.metadata, ECHO_INITIAL);
  if (echoed.get(ECHO_INITIAL).length > 0) {
    call.sendMetadata(echoed);
  }
}

function payloadOfSize(size, responseType) {
  if (responseType !== 'COMPRESSABLE') {
    throw new CallError(grpc.status.INVALID_ARGUMENT, `unsupported response_type ${responseType}`);
  }
  if (size < 0) {
    throw new CallError(grpc.status.INVALID_ARGUMENT, `negative payload size ${size}`);
  }
  // type is left at its default so that the message serialises as compactly as any other implementation's.
  return { body: Buffer.alloc(size) };
}

// Compression is not implemented here, so a request that insists on it is refused, as the spec asks.
function refuseExpectedCompression(request) {
  if (request.expect_compressed && request.expect_compressed.value) {
    throw new CallError(grpc.status.INVALID_ARGUMENT, 'compressed requests are not supported');
  }
}

function echoedStatusError(request) {
  const status = request.response_status;
  if (status && status.code !== 0) {
    return new CallError(status.code, status.message);
  }
  return null;
}

function withTrailers(error, call) {
  return { code: error.code ?? grpc.status.UNKNOWN, details: error.details ?? String(error), metadata: copyMetadata(call.metadata, ECHO_TRAILING) };
}

function unaryCall(call, callback) {
  echoInitialMetadata(call);
  const trailers = copyMetadata(call.metadata, ECHO_TRAILING);
  try {
    const request = call.request;
    refuseExpectedCompression(request);
    const statusError = echoedStatusError(request);
    if (statusError) {
      throw statusError;
    }
    callback(null, { payload: payloadOfSize(request.response_size, request.response_type) }, trailers);
  } catch (error) {
    callback(withTrailers(error, call));
  }
}

function cacheableUnaryCall(call, callback) {
  const headers = new grpc.Metadata();
  headers.set('cache-control', 'max-age=60, public');
  call.sendMetadata(headers);
  const now = process.hrtime.bigint().toString();
  callback(null, { payload: { type: 'COMPRESSABLE', body: Buffer.from(now, 'ascii') } });
}

// A request carrying response_status ends the call with that status and is otherwise not answered.
async function writeResponses(call, request) {
  const statusError = echoedStatusError(request);
  if (statusError) {
    throw statusError;
  }
  for (const parameters of request.response_parameters) {
    if (parameters.interval_us > 0) {
      await sleep(parameters.interval_us / 1000);
    }
    if (call.cancelled) {
      return;
    }
    call.write({ payload: payloadOfSize(parameters.size, request.response_type) });
  }
}

async function streamingOutputCall(call) {
  echoInitialMetadata(call);
  try {
    await writeResponses(call, call.request);
    call.end(copyMetadata(call.metadata, ECHO_TRAILING));
  } catch (error) {
    call.emit('error', withTrailers(error, call));
  }
}

function streamingInputCall(call, callback) {
  echoInitialMetadata(call);
  let aggregated = 0;
  let failed = false;
  call.on('data', request => {
    try {
      refuseExpectedCompression(request);
      aggregated += request.payload ? request.payload.body.length : 0;
    } catch (error) {
      if (!failed) {
        failed = true;
        callback(withTrailers(error, call));
      }
    }
  });
  call.on('end', () => {
    if (!failed) {
      callback(null, { aggregated_payload_size: aggregated }, copyMetadata(call.metadata, ECHO_TRAILING));
    }
  });
}

// Answers requests strictly in arrival order; after an echoed status, later requests are ignored.
function duplexCall(call, { bufferUntilHalfClose }) {
  echoInitialMetadata(call);
  const pending = [];
  let chain = Promise.resolve();
  let finished = false;
  const fail = error => {
    if (!finished) {
      finished = true;
      call.emit('error', withTrailers(error, call));
    }
  };
  const respond = request => {
    chain = chain.then(() => (finished ? undefined : writeResponses(call, request))).catch(fail);
  };
  call.on('data', request => (bufferUntilHalfClose ? pending.push(request) : respond(request)));
  call.on('end', () => {
    pending.forEach(respond);
    chain = chain.then(() => {
      if (!finished) {
        finished = true;
        call.end(copyMetadata(call.metadata, ECHO_TRAILING));
      }
    });
  });
  call.on('error', () => { finished = true; });
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const port = requirePort(options, 'port');
  const testing = loadTestingPackage();
  const server = new grpc.Server();
  // UnimplementedCall is left out on purpose: grpc-js answers it with UNIMPLEMENTED.
  server.addService(testing.TestService.service, {
    EmptyCall: (call, callback) => {
      echoInitialMetadata(call);
      callback(null, {}, copyMetadata(call.metadata, ECHO_TRAILING));
    },
    UnaryCall: unaryCall,
    CacheableUnaryCall: cacheableUnaryCall,
    StreamingOutputCall: streamingOutputCall,
    StreamingInputCall: streamingInputCall,
    FullDuplexCall: call => duplexCall(call, { bufferUntilHalfClose: false }),
    HalfDuplexCall: call => duplexCall(call, { bufferUntilHalfClose: true }),
  });
  server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, boundPort) => {
    if (error) {
      console.error(`cannot listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    }
    console.log(`interop server listening on http://127.0.0.1:${boundPort}`);
  });
  const stop = () => {
    server.forceShutdown();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
