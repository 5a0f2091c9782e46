'use strict';
// Runs one gRPC interop test case (per the spec's client procedures) against a server.
// Usage: node client.js --server_host=127.0.0.1 --server_port=N --test_case=NAME
// Exit code 0 means the case passed; otherwise the reason is printed on stderr.
const assert = require('node:assert/strict');
const grpc = require('@grpc/grpc-js');
const { loadTestingPackage } = require('./lib/proto');
const { parseArgs, requirePort } = require('./lib/args');

const CALL_TIMEOUT_MS = 30_000;
const ECHO_INITIAL = 'x-grpc-test-echo-initial';
const ECHO_TRAILING = 'x-grpc-test-echo-trailing-bin';
const REQUEST_SIZES = [27182, 8, 1828, 45904];
const RESPONSE_SIZES = [31415, 9, 2653, 58979];
const SPECIAL_MESSAGE = '\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n';

const deadline = (ms = CALL_TIMEOUT_MS) => ({ deadline: Date.now() + ms });
const zeros = size => ({ type: 'COMPRESSABLE', body: Buffer.alloc(size) });

function assertZeroPayload(payload, size) {
  assert.ok(payload, 'response has no payload');
  assert.equal(payload.body.length, size, 'payload size');
  assert.ok(payload.body.every(b => b === 0), 'payload bytes are not all zero');
}

function unary(client, method, request, metadata = new grpc.Metadata(), options = deadline()) {
  return new Promise(resolve => {
    const result = {};
    const call = client[method](request, metadata, options, (error, response) => {
      Object.assign(result, { error, response });
      if (result.status) resolve(result);
    });
    call.on('metadata', headers => { result.headers = headers; });
    call.on('status', status => {
      result.status = status;
      if ('error' in result) resolve(result);
    });
  });
}

// Collects every message and the final status of a call whose responses are a stream.
function collect(call) {
  return new Promise(resolve => {
    const result = { responses: [], headers: null, error: null };
    call.on('metadata', headers => { result.headers = headers; });
    call.on('data', response => result.responses.push(response));
    call.on('error', error => { result.error = error; });
    call.on('status', status => {
      result.status = status;
      resolve(result);
    });
  });
}

function nextResponse(call) {
  return new Promise((resolve, reject) => {
    const onData = response => { cleanup(); resolve(response); };
    const onEnd = () => { cleanup(); reject(new Error('stream ended before the expected response')); };
    const cleanup = () => { call.off('data', onData); call.off('end', onEnd); call.off('error', onEnd); };
    call.on('data', onData);
    call.on('end', onEnd);
    call.on('error', onEnd);
  });
}

function expectStatus(result, code, details) {
  const actual = result.status;
  assert.ok(actual, 'call ended without a status');
  assert.equal(actual.code, code, `status code (details: ${JSON.stringify(actual.details)})`);
  if (details !== undefined) {
    assert.equal(actual.details, details, 'status message');
  }
}

function echoMetadata() {
  const metadata = new grpc.Metadata();
  metadata.set(ECHO_INITIAL, 'test_initial_metadata_value');
  metadata.set(ECHO_TRAILING, Buffer.from([0xab, 0xab, 0xab]));
  return metadata;
}

function assertEchoedMetadata(headers, trailers) {
  assert.ok(headers, 'no initial metadata received');
  assert.deepEqual(headers.get(ECHO_INITIAL), ['test_initial_metadata_value'], 'echoed initial metadata');
  const trailing = trailers.get(ECHO_TRAILING);
  assert.equal(trailing.length, 1, 'echoed trailing metadata count');
  assert.deepEqual([...trailing[0]], [0xab, 0xab, 0xab], 'echoed trailing metadata value');
}

const cases = {
  async empty_unary({ test }) {
    const result = await unary(test, 'EmptyCall', {});
    expectStatus(result, grpc.status.OK);
    assert.ok(result.response, 'response is null');
  },

  async large_unary({ test }) {
    const result = await unary(test, 'UnaryCall', { response_size: 314159, payload: zeros(271828) });
    expectStatus(result, grpc.status.OK);
    assertZeroPayload(result.response.payload, 314159);
  },

  async client_streaming({ test }) {
    let settle;
    const done = new Promise(resolve => { settle = resolve; });
    const call = test.StreamingInputCall(deadline(), (error, response) => settle({ error, response }));
    REQUEST_SIZES.forEach(size => call.write({ payload: zeros(size) }));
    call.end();
    const { error, response } = await done;
    assert.ifError(error);
    assert.equal(response.aggregated_payload_size, 74922, 'aggregated_payload_size');
  },

  async server_streaming({ test }) {
    const request = { response_parameters: RESPONSE_SIZES.map(size => ({ size })) };
    const result = await collect(test.StreamingOutputCall(request, deadline()));
    expectStatus(result, grpc.status.OK);
    assert.equal(result.responses.length, RESPONSE_SIZES.length, 'number of responses');
    result.responses.forEach((response, i) => assertZeroPayload(response.payload, RESPONSE_SIZES[i]));
  },

  async ping_pong({ test }) {
    const call = test.FullDuplexCall(deadline());
    const outcome = collect(call);
    for (let i = 0; i < REQUEST_SIZES.length; i++) {
      const reply = nextResponse(call);
      call.write({ response_parameters: [{ size: RESPONSE_SIZES[i] }], payload: zeros(REQUEST_SIZES[i]) });
      assertZeroPayload((await reply).payload, RESPONSE_SIZES[i]);
    }
    call.end();
    const result = await outcome;
    expectStatus(result, grpc.status.OK);
    assert.equal(result.responses.length, RESPONSE_SIZES.length, 'number of responses');
  },

  async empty_stream({ test }) {
    const call = test.FullDuplexCall(deadline());
    const outcome = collect(call);
    call.end();
    const result = await outcome;
    expectStatus(result, grpc.status.OK);
    assert.equal(result.responses.length, 0, 'number of responses');
  },

  async cancel_after_begin({ test }) {
    let settle;
    const done = new Promise(resolve => { settle = resolve; });
    const call = test.StreamingInputCall(deadline(), error => settle(error));
    call.cancel();
    const error = await done;
    assert.ok(error, 'a cancelled call must fail');
    assert.equal(error.code, grpc.status.CANCELLED, 'status code');
  },

  async cancel_after_first_response({ test }) {
    const call = test.FullDuplexCall(deadline());
    const outcome = collect(call);
    const reply = nextResponse(call);
    call.write({ response_parameters: [{ size: 31415 }], payload: zeros(27182) });
    assertZeroPayload((await reply).payload, 31415);
    call.cancel();
    expectStatus(await outcome, grpc.status.CANCELLED);
  },

  async timeout_on_sleeping_server({ test }) {
    const call = test.FullDuplexCall(deadline(1));
    const outcome = collect(call);
    call.write({ payload: zeros(27182) });
    expectStatus(await outcome, grpc.status.DEADLINE_EXCEEDED);
  },

  async custom_metadata({ test }) {
    const unaryResult = await unary(test, 'UnaryCall', { response_size: 314159, payload: zeros(271828) }, echoMetadata());
    expectStatus(unaryResult, grpc.status.OK);
    assertZeroPayload(unaryResult.response.payload, 314159);
    assertEchoedMetadata(unaryResult.headers, unaryResult.status.metadata);

    const call = test.FullDuplexCall(echoMetadata(), deadline());
    const outcome = collect(call);
    call.write({ response_parameters: [{ size: 314159 }], payload: zeros(271828) });
    call.end();
    const streamResult = await outcome;
    expectStatus(streamResult, grpc.status.OK);
    assert.equal(streamResult.responses.length, 1, 'number of responses');
    assertEchoedMetadata(streamResult.headers, streamResult.status.metadata);
  },

  async status_code_and_message({ test }) {
    await expectEchoedStatus(test, grpc.status.UNKNOWN, 'test status message', { duplexToo: true });
  },

  async special_status_message({ test }) {
    await expectEchoedStatus(test, grpc.status.UNKNOWN, SPECIAL_MESSAGE, { duplexToo: false });
  },

  async unimplemented_method({ test }) {
    expectStatus(await unary(test, 'UnimplementedCall', {}), grpc.status.UNIMPLEMENTED);
  },

  async unimplemented_service({ unimplemented }) {
    expectStatus(await unary(unimplemented, 'UnimplementedCall', {}), grpc.status.UNIMPLEMENTED);
  },
};

async function expectEchoedStatus(test, code, message, { duplexToo }) {
  const response_status = { code, message };
  expectStatus(await unary(test, 'UnaryCall', { response_status }), code, message);
  if (duplexToo) {
    const call = test.FullDuplexCall(deadline());
    const outcome = collect(call);
    call.write({ response_status });
    call.end();
    expectStatus(await outcome, code, message);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const host = options.server_host || '127.0.0.1';
  const port = requirePort(options, 'server_port');
  const run = cases[options.test_case];
  if (!run) {
    throw new Error(`unknown --test_case "${options.test_case}"; known: ${Object.keys(cases).join(', ')}`);
  }
  const testing = loadTestingPackage();
  const address = `${host}:${port}`;
  const credentials = grpc.credentials.createInsecure();
  const clients = {
    test: new testing.TestService(address, credentials),
    unimplemented: new testing.UnimplementedService(address, credentials),
  };
  try {
    await run(clients);
  } finally {
    Object.values(clients).forEach(client => client.close());
  }
  console.log(`${options.test_case}: passed`);
}

main().catch(error => {
  console.error(`FAILED: ${error.message}`);
  process.exit(1);
});
