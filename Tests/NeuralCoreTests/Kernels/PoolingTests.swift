import NeuralCore
import TestSupport
import Testing

// Expected values from numpy: xs = np.arange(16.).reshape(1, 4, 4, 1); xs[0, 1, 1, 0] = 20
//   xs.reshape(1, 2, 2, 2, 2, 1).max(axis=(2, 4)).ravel()  -> [20, 7, 13, 15]
//   xs.reshape(1, 2, 2, 2, 2, 1).mean(axis=(2, 4)).ravel() -> [6.25, 4.5, 10.5, 12.5]
@Suite struct PoolingTests {
  var x: Tensor {
    var t = Tensor(shape: [1, 4, 4, 1], scalars: (0..<16).map(Double.init))
    t[0, 1, 1, 0] = 20
    return t
  }

  @Test func forwardMatchesNumpy() {
    #expect(Pooling.maxForward(x, size: 2, stride: 2).scalars == [20, 7, 13, 15])
    #expect(Pooling.averageForward(x, size: 2, stride: 2).scalars == [6.25, 4.5, 10.5, 12.5])
    #expect(Pooling.maxForward(x, size: 2, stride: 2).shape == [1, 2, 2, 1])
    #expect(Pooling.maxForward(x, size: 3, stride: 1).scalars == [20, 20, 20, 20])
  }

  @Test func maxBackwardRoutesToTheLargestInput() {
    let dx = Pooling.maxBackward(Tensor(shape: [1, 2, 2, 1], scalars: [1, 2, 3, 4]), input: x, size: 2, stride: 2)
    #expect(dx.scalars == [0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 3, 0, 4])
    // Overlapping windows that share a maximum add their gradients.
    let overlap = Pooling.maxBackward(Tensor(shape: [1, 2, 2, 1], repeating: 1), input: x, size: 3, stride: 1)
    #expect(overlap[0, 1, 1, 0] == 4 && overlap.sum() == 4)
  }

  @Test func averageBackwardSpreadsEvenly() {
    let dx = Pooling.averageBackward(Tensor(shape: [1, 2, 2, 1], scalars: [4, 8, 0, 0]), input: x, size: 2, stride: 2)
    #expect(dx.scalars == [1, 1, 2, 2, 1, 1, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0])
  }

  @Test(arguments: [(2, 2), (3, 1), (2, 1), (3, 2)])
  func backwardMatchesNumericalGradient(size: Int, stride: Int) {
    var random = SplitMix(state: UInt64(size * 10 + stride))
    let x = Tensor(shape: [2, 7, 6, 3], scalars: (0..<252).map { _ in random.uniform() })
    let y = Pooling.maxForward(x, size: size, stride: stride)
    let r = Tensor(shape: y.shape, scalars: (0..<y.count).map { _ in random.uniform() })
    expectClose(
      Pooling.maxBackward(r, input: x, size: size, stride: stride),
      numericalGradient(at: x) { (Pooling.maxForward($0, size: size, stride: stride) * r).sum() },
      absolute: 1e-8, relative: 1e-6)
    expectClose(
      Pooling.averageBackward(r, input: x, size: size, stride: stride),
      numericalGradient(at: x) { (Pooling.averageForward($0, size: size, stride: stride) * r).sum() },
      absolute: 1e-8, relative: 1e-6)
  }

  @Test func nanWinsItsWindow() {
    var t = x
    t[0, 2, 3, 0] = .nan
    let y = Pooling.maxForward(t, size: 2, stride: 2)
    #expect(y.scalars[3].isNaN && y.scalars[0] == 20)
  }

  @Test func rejectsWindowLargerThanInput() throws {
    #expect(throws: ShapeError.mismatch("a 5x5 window does not fit in a padded input of 4x4")) {
      try Pooling.outputShape(input: [1, 4, 4, 1], size: 5, stride: 1)
    }
    #expect(try Pooling.outputShape(input: [3, 9, 8, 2], size: 2, stride: 2) == [3, 4, 4, 2])
  }
}
