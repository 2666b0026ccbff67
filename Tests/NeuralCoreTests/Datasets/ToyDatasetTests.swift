@testable import NeuralCore
import Testing

/// The generators that copy the course's, cs231n's and scikit-learn's code, checked against them.
///
/// `make_vectors.py` (beside this file) ran the original code under numpy and scikit-learn and
/// recorded into `ToyDatasetVectors.swift` the shapes, the first examples and a digest of every bit.
/// The match is exact: numpy's `sin` and `cos` agree with the C library's here (checked on 200,000
/// arguments), and everything else is IEEE arithmetic in the same order.
@Suite struct ToyDatasetTests {
  static let generators: [String: @Sendable () -> ToyDataset] = [
    "planar": { ToyDataset.planarFlower() },
    "spiral": { ToyDataset.spiral() },
    "moons-course": { ToyDataset.moons(count: 300, noise: 0.2, seed: 3) },
    "moons-plain": { ToyDataset.moons(count: 7, seed: 4) },
    "circles-course": { ToyDataset.circles(count: 300, noise: 0.05, seed: 1) },
    "circles-extra": { ToyDataset.circles(count: 200, noise: 0.3, factor: 0.5, seed: 2) },
    "blobs-course": { ToyDataset.blobs(count: 200, centers: 6, seed: 5) },
    "blobs-3d": { ToyDataset.blobs(count: 10, centers: 3, features: 3, standardDeviation: 0.5, seed: 1) },
  ]

  @Test(arguments: ToyDatasetVectors.recorded.map(\.name))
  func matchesTheOriginalBitForBit(name: String) throws {
    let recorded = try #require(ToyDatasetVectors.recorded.first { $0.name == name })
    let generate = try #require(Self.generators[name])
    let data = generate()
    #expect(data.x.shape == recorded.xShape)
    #expect(data.y.shape == recorded.yShape)
    let first: [Double]
    if name == "planar" {
      first = (0..<3).flatMap { [data.x[0, $0], data.x[1, $0]] }
    } else {
      first = Array(data.x.scalars.prefix(recorded.first.count))
    }
    #expect(first == recorded.first)
    #expect(digest(data.x.scalars + data.y.scalars) == recorded.digest)
  }

  @Test func planarFlowerHasTwoHalvesOfTwoHundred() {
    let data = ToyDataset.planarFlower()
    #expect(data.y.scalars.prefix(200).allSatisfy { $0 == 0 })
    #expect(data.y.scalars.suffix(200).allSatisfy { $0 == 1 })
    // Petals of r = 4 sin 4t plus a little noise stay inside radius 5.
    #expect((0..<400).allSatisfy { (data.x[0, $0] * data.x[0, $0] + data.x[1, $0] * data.x[1, $0]) < 25 })
    #expect(ToyDataset.planarFlower() == data)
    #expect(ToyDataset.planarFlower(seed: 2) != data)
  }

  @Test func spiralRadiusGrowsLinearlyAlongEachArm() {
    let data = ToyDataset.spiral(pointsPerClass: 50, classes: 4, seed: 1)
    #expect(data.x.shape == [200, 2])
    for label in 0..<4 {
      #expect(data.y.scalars.count { $0 == Double(label) } == 50)
      for i in [0, 17, 49] {
        let row = 50 * label + i
        let radius = (data.x[row, 0] * data.x[row, 0] + data.x[row, 1] * data.x[row, 1]).squareRoot()
        #expect(abs(radius - Double(i) / 49) < 1e-12)
      }
    }
  }

  @Test func moonsWithoutNoiseLieOnTheirHalfCircles() {
    let data = ToyDataset.moons(count: 101, seed: 0)
    #expect(data.y.scalars.count { $0 == 0 } == 50)
    #expect(data.y.scalars.count { $0 == 1 } == 51)
    for row in 0..<101 {
      let (px, py) = (data.x[row, 0], data.x[row, 1])
      let (cx, cy) = data.y[row] == 0 ? (0.0, 0.0) : (1.0, 0.5)
      #expect(abs((px - cx) * (px - cx) + (py - cy) * (py - cy) - 1) < 1e-12)
      #expect(data.y[row] == 0 ? py >= -1e-15 : py <= 0.5 + 1e-15)
    }
  }

  @Test func circlesInnerRadiusIsBelowOuterRadius() {
    let clean = ToyDataset.circles(count: 40, factor: 0.3, seed: 0)
    for row in 0..<40 {
      let radius = (clean.x[row, 0] * clean.x[row, 0] + clean.x[row, 1] * clean.x[row, 1]).squareRoot()
      #expect(abs(radius - (clean.y[row] == 0 ? 1 : 0.3)) < 1e-12)
    }
    let noisy = ToyDataset.circles(count: 300, noise: 0.05, seed: 1)
    let radii = (0..<300).map { (noisy.x[$0, 0] * noisy.x[$0, 0] + noisy.x[$0, 1] * noisy.x[$0, 1]).squareRoot() }
    let inner = (0..<300).filter { noisy.y[$0] == 1 }.map { radii[$0] }
    let outer = (0..<300).filter { noisy.y[$0] == 0 }.map { radii[$0] }
    #expect(inner.count == 150 && outer.count == 150)
    let mean = { (values: [Double]) in values.reduce(0, +) / Double(values.count) }
    #expect(abs(mean(outer) - 1) < 0.02)
    #expect(abs(mean(inner) - 0.8) < 0.02)
  }

  @Test func blobsSplitTheCountOverTheCentres() {
    let data = ToyDataset.blobs(count: 200, centers: 6, seed: 5)
    #expect((0..<6).map { label in data.y.scalars.count { $0 == Double(label) } } == [34, 34, 33, 33, 33, 33])
    let unshuffled = ToyDataset.blobs(count: 7, centers: 2, standardDeviation: 0, shuffle: false, seed: 0)
    #expect(unshuffled.y.scalars == [0, 0, 0, 0, 1, 1, 1])
    #expect(unshuffled.x[0, 0] == unshuffled.x[3, 0] && unshuffled.x[4, 1] == unshuffled.x[6, 1])
  }

  @Test func linspaceMatchesNumpy() {
    // Printed by numpy 2.4: linspace(3.12, 6.24, 5), linspace(0, 2π, 4, endpoint=False),
    // linspace(2, 2, 3), linspace(1.5, 9, 1), linspace(0, 1e-320, 3) (numpy's subnormal-step path).
    #expect(ToyDataset.linspace(3.12, 6.24, count: 5) == [3.12, 3.9000000000000004, 4.68, 5.46, 6.24])
    #expect(
      ToyDataset.linspace(0, 2 * Double.pi, count: 4, endpoint: false)
        == [0.0, 1.5707963267948966, 3.141592653589793, 4.71238898038469])
    #expect(ToyDataset.linspace(2, 2, count: 3) == [2, 2, 2])
    #expect(ToyDataset.linspace(1.5, 9, count: 1) == [1.5])
    // 1e-320 and 5e-321 are subnormal: written by their bit patterns, without an underflow warning.
    let (tiny, half) = (Double(bitPattern: 2024), Double(bitPattern: 1012))
    #expect(ToyDataset.linspace(0, tiny, count: 3) == [0, half, tiny])
  }

  @Test func descriptionShowsBothShapes() {
    #expect(ToyDataset.planarFlower().description == "ToyDataset(x: (2, 400), y: (1, 400))")
    #expect(ToyDataset.spiral().description == "ToyDataset(x: (300, 2), y: (300,))")
  }
}

/// FNV-1a over the little-endian bytes of each scalar's bits, as `make_vectors.py` computes it.
func digest(_ scalars: [Double]) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for scalar in scalars {
    var bits = scalar.bitPattern
    for _ in 0..<8 {
      hash = (hash ^ (bits & 0xff)) &* 0x0000_0100_0000_01b3
      bits >>= 8
    }
  }
  return hash
}
