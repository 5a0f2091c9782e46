// The reference side of ./bench.sh face: @vladmandic/face-api's own
//   detectAllFaces(tensor, new TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 }))
//     .withFaceLandmarks().withFaceDescriptors()
// on the demo photos, with @tensorflow/tfjs 4.22's WASM backend or its plain JavaScript CPU backend.
//
//   node face-reference.js --backend wasm|cpu [--repetitions N] [--warmups N] [--images a.jpg,b.jpg]
//
// Each photo is decoded once with jpeg-js and made into an int32 [height, width, 3] tensor before any timing, so
// the figures are detection + landmarks + descriptors only (face-api's own tensor handling included: padding to a
// square, resizing, cropping each face, reading the results back to JavaScript numbers). Every photo runs
// --warmups times untimed, then --repetitions times timed, photo after photo in turn.
// Then each network alone on a fixed random input already at its size (face-api's own calls: the detector's
// locateFaces at 416, the landmark net's detectLandmarks at 112, the recognition net's computeFaceDescriptor at 150),
// the same warm-ups and repetitions: how much of the pipeline is the networks and how much face-api's tensor handling.
// Prints JSON lines: one "backend" line (backend, threads, SIMD, versions), one "image" line per photo
// (milliseconds of every repetition, median, mean, the median of the process's CPU time per run, faces found), one "network" line per network, one "summary" line.
'use strict';

const fs = require('fs');
const path = require('path');
const jpeg = require('jpeg-js');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

const tf = faceapi.tf;
const faceApiFolder = path.dirname(require.resolve('@vladmandic/face-api/package.json'));

function parseArguments(argv) {
  const options = { backend: '', repetitions: 5, warmups: 1, images: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--backend') options.backend = value;
    else if (name === '--repetitions') options.repetitions = Number(value);
    else if (name === '--warmups') options.warmups = Number(value);
    else if (name === '--images') options.images = value.split(',');
    else throw new Error(`unknown option ${name}`);
  }
  if (options.backend !== 'wasm' && options.backend !== 'cpu') throw new Error('--backend must be wasm or cpu');
  if (!(options.repetitions >= 1) || !(options.warmups >= 0)) throw new Error('--repetitions >= 1 and --warmups >= 0');
  if (options.images.length === 0) {
    const demo = path.join(faceApiFolder, 'demo');
    options.images = fs.readdirSync(demo).filter((f) => /^sample\d+\.jpg$/.test(f)).sort().map((f) => path.join(demo, f));
  }
  return options;
}

function decodeToTensor(file) {
  const decoded = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: true });
  const rgb = new Int32Array(decoded.width * decoded.height * 3);
  for (let p = 0, q = 0; p < rgb.length; p += 3, q += 4) {
    rgb[p] = decoded.data[q];
    rgb[p + 1] = decoded.data[q + 1];
    rgb[p + 2] = decoded.data[q + 2];
  }
  return tf.tensor3d(rgb, [decoded.height, decoded.width, 3], 'int32');
}

async function selectBackend(name) {
  if (name === 'wasm') {
    // The .wasm binaries from the installed package, not a CDN.
    const dist = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
    faceapi.tf.setWasmPaths(`${dist}${path.sep}`);
  }
  if (!(await tf.setBackend(name))) throw new Error(`backend ${name} did not initialise`);
  await tf.ready();
  const line = { kind: 'backend', backend: tf.getBackend(), tfjs: tf.version_core, faceApi: faceapi.version, node: process.version };
  if (name === 'wasm') {
    line.threads = faceapi.tf.getThreadsCount();
    line.simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    line.multithreadSupported = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  } else {
    line.threads = 1; // plain JavaScript on Node's main thread
  }
  return line;
}

async function describeAll(tensor, options) {
  const faces = await faceapi.detectAllFaces(tensor, options).withFaceLandmarks().withFaceDescriptors();
  return faces.length;
}

function networkRuns() {
  const input = (size, seed) => tf.randomUniform([size, size, 3], 0, 255, 'float32', seed);
  const detector = input(416, 1);
  const landmarks = input(112, 2);
  const recognition = input(150, 3);
  const detectorOptions = new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 });
  return [
    { name: 'detector', size: 416, input: detector, run: () => faceapi.nets.tinyFaceDetector.locateFaces(detector, detectorOptions) },
    { name: 'landmarks', size: 112, input: landmarks, run: () => faceapi.nets.faceLandmark68Net.detectLandmarks(landmarks) },
    { name: 'recognition', size: 150, input: recognition, run: () => faceapi.nets.faceRecognitionNet.computeFaceDescriptor(recognition) },
  ];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (value) => Math.round(value * 100) / 100;

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const backend = await selectBackend(options.backend);
  const models = path.join(faceApiFolder, 'model');
  await faceapi.nets.tinyFaceDetector.loadFromDisk(models);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(models);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(models);
  console.log(JSON.stringify(backend));

  const detectorOptions = new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 });
  const images = options.images.map((file) => ({ file, tensor: decodeToTensor(file), ms: [], cpuMs: [], faces: 0 }));
  for (let w = 0; w < options.warmups; w++) {
    for (const image of images) image.faces = await describeAll(image.tensor, detectorOptions);
  }
  for (let r = 0; r < options.repetitions; r++) {
    for (const image of images) {
      const [start, cpuStart] = [process.hrtime.bigint(), process.cpuUsage()];
      image.faces = await describeAll(image.tensor, detectorOptions);
      image.ms.push(Number(process.hrtime.bigint() - start) / 1e6);
      const cpu = process.cpuUsage(cpuStart);
      image.cpuMs.push((cpu.user + cpu.system) / 1000);
    }
  }

  for (const image of images) {
    const [height, width] = image.tensor.shape;
    console.log(JSON.stringify({
      kind: 'image', backend: backend.backend, image: path.basename(image.file), width, height, faces: image.faces,
      medianMs: round(median(image.ms)), meanMs: round(image.ms.reduce((a, b) => a + b, 0) / image.ms.length), ms: image.ms.map(round),
      medianCpuMs: round(median(image.cpuMs)),
    }));
  }
  for (const network of networkRuns()) {
    const ms = [];
    for (let i = 0; i < options.warmups + options.repetitions; i++) {
      const start = process.hrtime.bigint();
      await network.run();
      if (i >= options.warmups) ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    console.log(JSON.stringify({
      kind: 'network', backend: backend.backend, network: network.name, inputSize: network.size,
      medianMs: round(median(ms)), meanMs: round(ms.reduce((a, b) => a + b, 0) / ms.length), ms: ms.map(round),
    }));
    tf.dispose(network.input);
  }

  const all = images.flatMap((image) => image.ms);
  console.log(JSON.stringify({
    kind: 'summary', backend: backend.backend, threads: backend.threads, images: images.length, repetitions: options.repetitions,
    medianMs: round(median(all)), meanMs: round(all.reduce((a, b) => a + b, 0) / all.length),
    faces: images.reduce((sum, image) => sum + image.faces, 0),
  }));
  images.forEach((image) => tf.dispose(image.tensor));
}

main().catch((error) => {
  console.error(`face-reference: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
