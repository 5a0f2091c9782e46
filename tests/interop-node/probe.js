'use strict';
// Sends one piece of hostile input to a gRPC server over raw HTTP/2, then checks the server still answers
// a plain EmptyCall. Prints one JSON line with what the server did; the caller decides whether it was right.
// Usage: node probe.js --port N --probe NAME
const http2 = require('node:http2');
const net = require('node:net');
const { parseArgs, requirePort } = require('./lib/args');
const { PREFACE, TYPE, FLAG, frame, awaitGoAway } = require('./lib/frames');

const TIMEOUT_MS = 30_000;
const UNARY = '/grpc.testing.TestService/UnaryCall';
const EMPTY = '/grpc.testing.TestService/EmptyCall';
const DUPLEX = '/grpc.testing.TestService/FullDuplexCall';

function grpcFrame(message, { compressed = false, declaredLength = message.length } = {}) {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt8(compressed ? 1 : 0, 0);
  prefix.writeUInt32BE(declaredLength, 1);
  return Buffer.concat([prefix, message]);
}

// Sends a request and reports the HTTP status, the gRPC status (from headers or trailers) and whether
// the server ended the stream by itself. The request body stays open unless endStream is set.
function request(port, { path = UNARY, headers = {}, body = Buffer.alloc(0), endStream = true, resetAfterResponse = false }) {
  return new Promise(resolve => {
    const session = http2.connect(`http://127.0.0.1:${port}`);
    const result = { httpStatus: null, grpcStatus: null, grpcMessage: null, error: null, timedOut: false };
    const take = fields => {
      if (fields[':status'] !== undefined) result.httpStatus = fields[':status'];
      if (fields['grpc-status'] !== undefined) result.grpcStatus = Number(fields['grpc-status']);
      if (fields['grpc-message'] !== undefined) result.grpcMessage = decodeURIComponent(fields['grpc-message']);
    };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      session.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => { result.timedOut = true; finish(); }, TIMEOUT_MS);
    session.on('error', error => { result.error = error.message; finish(); });
    const stream = session.request({
      ':method': 'POST', ':path': path, 'content-type': 'application/grpc', te: 'trailers', ...headers,
    });
    stream.on('response', fields => {
      take(fields);
      if (resetAfterResponse) stream.close(http2.constants.NGHTTP2_CANCEL);
    });
    stream.on('trailers', take);
    stream.on('data', () => {});
    stream.on('error', error => { result.error = error.message; });
    // The server may end its side while ours stays open (a refused or timed-out call): that is the answer.
    stream.on('end', finish);
    stream.on('close', finish);
    stream.write(body);
    if (endStream) stream.end();
  });
}

// Opens a raw connection, writes the given bytes and reports the GOAWAY error code or the close.
function rawConnection(port, bytes) {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1', () => {
      const outcome = awaitGoAway(socket, TIMEOUT_MS);
      socket.write(bytes);
      resolve(outcome);
    });
    socket.on('error', error => resolve({ error: error.message }));
  });
}

const handshake = () => Buffer.concat([PREFACE, frame(TYPE.SETTINGS, 0, 0)]);

const probes = {
  // The length prefix promises 100 bytes, the stream ends after 10.
  truncated_message: port => request(port, { body: grpcFrame(Buffer.alloc(10), { declaredLength: 100 }) }),
  // A prefix declaring 64 MiB: the server must refuse it without waiting for (or buffering) the body.
  oversize_message: port => request(port, { body: grpcFrame(Buffer.alloc(1024), { declaredLength: 64 * 1024 * 1024 }), endStream: false }),
  // A complete frame whose bytes are not a SimpleRequest (field 1, wire type 7 does not exist).
  invalid_protobuf: port => request(port, { body: grpcFrame(Buffer.from([0x0f, 0xff, 0xff, 0xff])) }),
  unknown_compression: port => request(port, { headers: { 'grpc-encoding': 'x-unknown-codec' }, body: grpcFrame(Buffer.alloc(4), { compressed: true }) }),
  compressed_flag_without_encoding: port => request(port, { body: grpcFrame(Buffer.alloc(4), { compressed: true }) }),
  two_messages_on_unary: port => request(port, { body: Buffer.concat([grpcFrame(Buffer.alloc(0)), grpcFrame(Buffer.alloc(0))]) }),
  bad_content_type: port => request(port, { headers: { 'content-type': 'text/plain' }, body: grpcFrame(Buffer.alloc(0)) }),
  malformed_timeout: port => request(port, { headers: { 'grpc-timeout': 'soon' }, body: grpcFrame(Buffer.alloc(0)) }),
  // A duplex call left open with a 1 ms deadline: only the deadline can end it.
  expired_deadline: port => request(port, { path: DUPLEX, headers: { 'grpc-timeout': '1m' }, endStream: false }),
  unknown_path: port => request(port, { path: '/no.such.Service/Method', body: grpcFrame(Buffer.alloc(0)) }),
  reset_mid_call: port => request(port, { path: DUPLEX, endStream: false, resetAfterResponse: true, headers: { 'x-grpc-test-echo-initial': 'now' } }),
  // HTTP/2 connection errors (RFC 9113): a PING must be 8 bytes; DATA is never allowed on stream 0;
  // index 0x7fffffff is not in any HPACK table; and a client must open with the connection preface.
  ping_of_wrong_size: port => rawConnection(port, Buffer.concat([handshake(), frame(TYPE.PING, 0, 0, Buffer.alloc(7))])),
  data_on_stream_zero: port => rawConnection(port, Buffer.concat([handshake(), frame(TYPE.DATA, 0, 0, Buffer.alloc(4))])),
  undecodable_headers: port => rawConnection(port, Buffer.concat([handshake(), frame(TYPE.HEADERS, FLAG.END_HEADERS | FLAG.END_STREAM, 1, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x07]))])),
  garbage_preface: port => rawConnection(port, Buffer.from('HELLO? this is not HTTP/2 at all\r\n\r\n'.repeat(4), 'latin1')),
};

async function stillServing(port) {
  const answer = await request(port, { path: EMPTY, body: grpcFrame(Buffer.alloc(0)) });
  return answer.httpStatus === 200 && answer.grpcStatus === 0;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const port = requirePort(options, 'port');
  const probe = probes[options.probe];
  if (!probe) {
    throw new Error(`unknown --probe "${options.probe}"; known: ${Object.keys(probes).join(', ')}`);
  }
  const outcome = await probe(port);
  console.log(JSON.stringify({ probe: options.probe, ...outcome, stillServing: await stillServing(port) }));
}

main().catch(error => {
  console.error(`probe failed to run: ${error.message}`);
  process.exit(2);
});
