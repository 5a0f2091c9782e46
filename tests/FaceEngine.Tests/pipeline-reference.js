// face-api's detect → landmarks → descriptor chain after detection, on TF.js 4.22 CPU kernels with the published
// weights, reusing the landmark and recognition reference passes:
//   node pipeline-reference.js LANDMARK_MANIFEST PHOTO.jpg X,Y,WIDTH,HEIGHT[;X,Y,WIDTH,HEIGHT…] RECOGNITION_MANIFEST OUT
// decodes the photo with jpeg-js, takes the 68 landmarks of the face in each box, aligns them as
// face-api's withFaceDescriptors does (dlib-style: eye and mouth centres), crops the aligned box like an image tensor
// and runs the recognition net. OUT.json gets {"layers":[{"name","shape"}], "faces":[{"aligned":[x,y,w,h],
// "descriptor":[…]}]}; OUT.f32 holds, per face, the recognition net's input crop ("aligned crop I") and descriptor.
'use strict';
const fs = require('fs');
const tf = require('@tensorflow/tfjs-core');
const landmark = require('./landmark-reference.js');
const recognition = require('./recognition-reference.js');

function centre(points, from, to) {
  const slice = points.slice(from, to);
  return [slice.reduce((s, p) => s + p[0], 0) / slice.length, slice.reduce((s, p) => s + p[1], 0) / slice.length];
}

// face-api's alignDlib: side from the mean eye-to-mouth distance; the corner bounded by the landmark crop's size.
function align(points, cropWidth, cropHeight) {
  const eyes = [centre(points, 36, 42), centre(points, 42, 48)];
  const mouth = centre(points, 48, 68);
  const distance = (p) => Math.hypot(mouth[0] - p[0], mouth[1] - p[1]);
  const size = Math.floor((distance(eyes[0]) + distance(eyes[1])) / 2 / 0.45);
  const refX = (eyes[0][0] + eyes[1][0] + mouth[0]) / 3;
  const refY = (eyes[0][1] + eyes[1][1] + mouth[1]) / 3;
  const x = Math.floor(Math.max(0, refX - 0.5 * size));
  const y = Math.floor(Math.max(0, refY - 0.43 * size));
  return { x, y, width: Math.min(size, cropWidth + x), height: Math.min(size, cropHeight + y) };
}

async function main() {
  const [landmarkManifest, photo, boxList, recognitionManifest, output] = process.argv.slice(2);
  await tf.setBackend('cpu');
  const landmarkWeights = landmark.loadWeights(landmarkManifest);
  const recognitionWeights = recognition.loadWeights(recognitionManifest);
  const layers = [];
  const chunks = [];
  const faces = [];
  const record = (name, t) => {
    layers.push({ name, shape: t.shape.slice(1) });
    chunks.push(Buffer.from(Float32Array.from(t.dataSync()).buffer));
  };
  boxList.split(';').forEach((text, i) => {
    const [x, y, width, height] = text.split(',').map(Number);
    const box = { x, y, width, height };
    const { input: landmarkInput, crop } = landmark.faceInput(photo, box);
    const points = landmark.toPhoto(landmark.forward(landmarkInput, landmarkWeights, () => {}), crop, box);
    const aligned = align(points, crop.width, crop.height);
    const input = recognition.faceInput(photo, aligned);
    let descriptor = null;
    recognition.forward(input, recognitionWeights, (name, t) => {
      if (name === 'fc') descriptor = t;
    });
    record(`aligned crop ${i}`, input);
    record(`descriptor ${i}`, descriptor);
    faces.push({ aligned: [aligned.x, aligned.y, aligned.width, aligned.height], descriptor: Array.from(descriptor.dataSync()) });
  });
  fs.writeFileSync(output + '.f32', Buffer.concat(chunks));
  fs.writeFileSync(output + '.json', JSON.stringify({ layers, faces }));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
