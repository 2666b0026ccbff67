import NeuralCore
import TestSupport
import Testing

// Expected values from a direct numpy loop (the course's conv_forward written plainly):
//   def conv(x, w, b, s, pt, pb, pl, pr):
//       xp = np.pad(x, ((0,0),(pt,pb),(pl,pr),(0,0))); N,H,W,C = xp.shape; f1,f2,_,F = w.shape
//       y = np.zeros((N, (H-f1)//s+1, (W-f2)//s+1, F))
//       for n, i, j, f: y[n,i,j,f] = np.sum(xp[n, i*s:i*s+f1, j*s:j*s+f2, :] * w[:,:,:,f]) + b[f]
//   x = (np.arange(2*4*4*2)/10.).reshape(2,4,4,2); w = (np.arange(3*3*2*3)/20. - 0.3).reshape(3,3,2,3)
//   b = np.array([0.1, -0.2, 0.3])
//   y = conv(x, w, b, 1, 1,1,1,1): y.sum() = 4166.2, y[0,0,0] = [8.62, 8.54, 9.26], y[1,3,2] = [38.38, 41.47, 45.36]
//   conv(x, w, b, 2, 0,1,0,1).ravel()[:6] = [27.955, 28.6, 30.045, 19.45, 19.96, 21.27]
@Suite struct ConvolutionTests {
  let x = Tensor(shape: [2, 4, 4, 2], scalars: (0..<64).map { Double($0) / 10 })
  let w = Tensor(shape: [3, 3, 2, 3], scalars: (0..<54).map { Double($0) / 20 - 0.3 })
  let b = Tensor([0.1, -0.2, 0.3])

  @Test func forwardMatchesNumpyWithPadding() {
    let y = Convolution.forward(x, weights: w, bias: b, stride: 1, padding: .explicit(1))
    #expect(y.shape == [2, 4, 4, 3])
    expectClose(y.sum(), 4166.2, relative: 1e-12)
    expectClose(y[row: 0][row: 0][row: 0], Tensor([8.62, 8.54, 9.26]))
    expectClose(y[row: 1][row: 3][row: 2], Tensor([38.38, 41.47, 45.36]))
    // "same" with stride 1 and a 3x3 kernel is one zero on each side.
    #expect(Convolution.forward(x, weights: w, bias: b, padding: .same) == y)
  }

  @Test func forwardWithStrideAndAsymmetricPadding() {
    let y = Convolution.forward(x, weights: w, bias: b, stride: 2, padding: .explicit(top: 0, bottom: 1, left: 0, right: 1))
    #expect(y.shape == [2, 2, 2, 3])
    expectClose(Tensor(Array(y.scalars.prefix(6))), Tensor([27.955, 28.6, 30.045, 19.45, 19.96, 21.27]))
  }

  @Test(arguments: [
    (Convolution.Padding.valid, 1, [2, 5, 7, 4]), (.same, 1, [2, 7, 9, 4]), (.same, 2, [2, 4, 5, 4]),
    (.explicit(2), 3, [2, 3, 4, 4]), (.valid, 2, [2, 3, 4, 4]),
  ])
  func outputShapes(padding: Convolution.Padding, stride: Int, expected: [Int]) throws {
    #expect(try Convolution.outputShape(input: [2, 7, 9, 3], weights: [3, 3, 3, 4], stride: stride, padding: padding) == expected)
  }

  @Test func samePaddingPutsTheOddRowAtTheBottom() throws {
    // TensorFlow: input 6, kernel 2, stride 1 -> total padding 1: top 0, bottom 1.
    let g = try Convolution.Geometry(input: [1, 6, 6, 1], kernelHeight: 2, kernelWidth: 2, stride: 1, padding: .same)
    #expect(g.padTop == 0 && g.padLeft == 0 && g.outputHeight == 6)
  }

  @Test(arguments: [
    ([2, 7, 9], [3, 3, 3, 4], "expected input of shape (N, height, width, channels), got (2, 7, 9)"),
    ([2, 7, 9, 3], [3, 3, 4], "expected weights of shape (kernel height, kernel width, channels, filters), got (3, 3, 4)"),
    ([2, 7, 9, 3], [3, 3, 2, 4], "weights expect 2 input channels, but the input has 3"),
    ([2, 2, 9, 3], [3, 3, 3, 4], "a 3x3 window does not fit in a padded input of 2x9"),
  ])
  func rejectsShapesThatDoNotFit(input: [Int], weights: [Int], message: String) {
    #expect(throws: ShapeError.mismatch(message)) { try Convolution.outputShape(input: input, weights: weights) }
  }

  @Test(arguments: [
    (1, Convolution.Padding.valid), (1, .same), (2, .explicit(1)), (2, .same), (3, .explicit(top: 2, bottom: 0, left: 1, right: 3)),
  ])
  func backwardMatchesNumericalGradient(stride: Int, padding: Convolution.Padding) {
    var random = SplitMix(state: UInt64(stride * 31 + 7))
    let x = Tensor(shape: [2, 5, 6, 3], scalars: (0..<180).map { _ in random.uniform() })
    let w = Tensor(shape: [3, 2, 3, 4], scalars: (0..<72).map { _ in random.uniform() })
    let b = Tensor((0..<4).map { _ in random.uniform() })
    let y = Convolution.forward(x, weights: w, bias: b, stride: stride, padding: padding)
    let r = Tensor(shape: y.shape, scalars: (0..<y.count).map { _ in random.uniform() })
    let loss = { (x: Tensor, w: Tensor, b: Tensor) in
      (Convolution.forward(x, weights: w, bias: b, stride: stride, padding: padding) * r).sum()
    }
    let (dx, dw, db) = Convolution.backward(r, input: x, weights: w, stride: stride, padding: padding)
    expectClose(dx, numericalGradient(at: x) { loss($0, w, b) }, absolute: 1e-8, relative: 1e-6)
    expectClose(dw, numericalGradient(at: w) { loss(x, $0, b) }, absolute: 1e-8, relative: 1e-6)
    expectClose(db, numericalGradient(at: b) { loss(x, w, $0) }, absolute: 1e-8, relative: 1e-6)
  }

  @Test func emptyBatch() {
    let y = Convolution.forward(Tensor(zeros: [0, 4, 4, 2]), weights: w, bias: b, padding: .same)
    #expect(y.shape == [0, 4, 4, 3])
  }
}

/// Centred differences `(f(x + h) - f(x - h)) / 2h` for each element of `x`.
func numericalGradient(at x: Tensor, step h: Double = 1e-5, of f: (Tensor) -> Double) -> Tensor {
  var gradient = Tensor(zeros: x.shape)
  var probe = x
  for i in 0..<x.count {
    probe.scalars[i] = x.scalars[i] + h
    let plus = f(probe)
    probe.scalars[i] = x.scalars[i] - h
    let minus = f(probe)
    probe.scalars[i] = x.scalars[i]
    gradient.scalars[i] = (plus - minus) / (2 * h)
  }
  return gradient
}
