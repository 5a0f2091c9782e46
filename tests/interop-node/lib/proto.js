'use strict';
// Loads grpc.testing from the repository's own .proto files, the same ones the C# side compiles.
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const protosRoot = path.resolve(__dirname, '..', '..', '..', 'protos');

function loadTestingPackage() {
  const definition = protoLoader.loadSync('grpc/testing/test.proto', {
    includeDirs: [protosRoot],
    keepCase: true, // field names exactly as in the .proto (response_size, not responseSize)
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  return grpc.loadPackageDefinition(definition).grpc.testing;
}

module.exports = { loadTestingPackage };
