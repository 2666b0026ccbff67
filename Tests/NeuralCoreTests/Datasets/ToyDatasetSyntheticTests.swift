import NeuralCore
import Testing

/// The generators of our own design: XOR, sine windows, shape and digit images.
@Suite struct ToyDatasetSyntheticTests {
  @Test func xorLabelsFollowTheQuadrants() {
    let data = ToyDataset.xor(count: 200, noise: 0, seed: 0)
    #expect(data.x.shape == [200, 2])
    #expect(data.y.shape == [200])
    #expect(data.y.scalars.count { $0 == 1 } == 100)
    for row in 0..<200 {
      let differ = (data.x[row, 0] > 0) != (data.x[row, 1] > 0)
      #expect(data.y[row] == (differ ? 1 : 0))
      #expect(abs(data.x[row, 0]) >= 0.1 && abs(data.x[row, 0]) < 1)
    }
    #expect(ToyDataset.xor(seed: 4) == ToyDataset.xor(seed: 4))
    #expect(ToyDataset.xor(seed: 4) != ToyDataset.xor(seed: 5))
  }

  @Test func sineWindowsEndWithTheNextValue() {
    let step = 0.3
    let data = ToyDataset.sineWindows(count: 30, timeSteps: 12, step: step, noise: 0, seed: 2)
    #expect(data.x.shape == [30, 12, 1])
    #expect(data.y.shape == [30, 1])
    for i in 0..<30 {
      // sin(a + 2s) = 2 cos(s) sin(a + s) - sin(a): the next value continues the window.
      let next = 2 * 0.955336489125606 * data.x[i, 11, 0] - data.x[i, 10, 0]
      #expect(abs(next - data.y[i, 0]) < 1e-12)
      #expect((0..<12).allSatisfy { abs(data.x[i, $0, 0]) <= 1 })
    }
    #expect(ToyDataset.sineWindows(seed: 1) == ToyDataset.sineWindows(seed: 1))
  }

  @Test func shapeImagesAreBalancedAndInRange() {
    let data = ToyDataset.shapes(count: 40, seed: 0)
    #expect(data.x.shape == [40, 8, 8, 1])
    #expect((0..<4).allSatisfy { label in data.y.scalars.count { $0 == Double(label) } == 10 })
    #expect(data.x.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
    #expect(ToyDataset.shapes(count: 40, seed: 0) == data)
    #expect(ToyDataset.shapeClassNames.count == 4)
  }

  @Test func strokesAreOnePixelThickAtLeastHalfTheImageLong() {
    let data = ToyDataset.shapes(count: 80, size: 8, noise: 0, seed: 3)
    for image in 0..<80 where data.y[image] < 2 {
      let inked = (0..<64).filter { data.x.scalars[image * 64 + $0] == 1 }
      let rows = Set(inked.map { $0 / 8 })
      let columns = Set(inked.map { $0 % 8 })
      let (across, along) = data.y[image] == 0 ? (rows, columns) : (columns, rows)
      #expect(across.count == 1)
      #expect(along.count >= 4 && along.count == inked.count)
    }
  }

  @Test func squaresAndCirclesAreOutlines() {
    let data = ToyDataset.shapes(count: 40, size: 16, noise: 0, seed: 1)
    #expect(data.x.shape == [40, 16, 16, 1])
    for image in 0..<40 where data.y[image] >= 2 {
      let ink = data.x.scalars[(image * 256)..<((image + 1) * 256)].count { $0 == 1 }
      #expect(ink >= 16 && ink < 160, "image \(image) of class \(data.y[image]) has \(ink) inked pixels")
    }
  }

  @Test func digitsInkTheirGlyphs() {
    // Ink counts of the 5x7 glyphs of 0...9.
    let glyphInk = [19, 10, 14, 14, 14, 17, 15, 11, 17, 15]
    let small = ToyDataset.digits(count: 20, noise: 0, seed: 0)
    #expect(small.x.shape == [20, 8, 8, 1])
    for image in 0..<20 {
      let ink = small.x.scalars[(image * 64)..<((image + 1) * 64)].count { $0 == 1 }
      #expect(ink == glyphInk[Int(small.y[image])])
    }
    let large = ToyDataset.digits(count: 10, size: 16, noise: 0, seed: 0)
    for image in 0..<10 {
      let ink = large.x.scalars[(image * 256)..<((image + 1) * 256)].count { $0 == 1 }
      #expect(ink == 4 * glyphInk[image])
    }
    let noisy = ToyDataset.digits(count: 30, seed: 7)
    #expect((0..<10).allSatisfy { label in noisy.y.scalars.count { $0 == Double(label) } == 3 })
    #expect(noisy.x.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
  }

  @Test func digitsAreShifted() {
    let data = ToyDataset.digits(count: 50, noise: 0, seed: 0)
    let firstInk = (0..<50).map { image in (0..<64).first { data.x.scalars[image * 64 + $0] == 1 }! }
    #expect(Set(firstInk).count > 5)
  }
}
