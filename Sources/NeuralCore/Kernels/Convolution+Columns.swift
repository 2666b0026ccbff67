extension Convolution {
  /// The im2col matrix of an NHWC batch: one row per output position `(n, i, j)`, holding the
  /// window it reads in `(u, v, c)` order, zeros where the window hangs over the padding.
  ///
  /// `scalars` is `[N·outputHeight·outputWidth, kernelHeight·kernelWidth·C]`, row-major, so
  /// that row `r` times `w` read as `[kh·kw·C, F]` is output position `r` before the bias.
  struct Columns {
    var scalars: [Double]

    init(_ x: Tensor, _ g: Geometry) {
      let batch = x.shape[0]
      let k = g.windowSize
      let rows = batch * g.outputHeight * g.outputWidth
      let c = g.channels
      scalars = [Double](repeating: 0, count: rows * k)
      scalars.withUnsafeMutableBufferPointer { out in
        x.scalars.withUnsafeBufferPointer { source in
          var row = out.baseAddress!
          for n in 0..<batch {
            let image = source.baseAddress! + n * g.height * g.width * c
            for i in 0..<g.outputHeight {
              for j in 0..<g.outputWidth {
                for u in 0..<g.kernelHeight {
                  let y = i * g.stride + u - g.padTop
                  guard y >= 0 && y < g.height else { continue }
                  // One kernel row: kernelWidth·C values, contiguous in x where inside the image.
                  for v in 0..<g.kernelWidth {
                    let xIndex = j * g.stride + v - g.padLeft
                    guard xIndex >= 0 && xIndex < g.width else { continue }
                    (row + (u * g.kernelWidth + v) * c).update(from: image + (y * g.width + xIndex) * c, count: c)
                  }
                }
                row += k
              }
            }
          }
        }
      }
    }

    /// col2im: adds each row of `dcols` back to the input positions its window read, giving `dx`.
    ///
    /// Positions read by several windows (overlapping strides) receive the sum; padding drops out.
    static func accumulate(_ dcols: [Double], into shape: [Int], _ g: Geometry) -> Tensor {
      let batch = shape[0]
      let k = g.windowSize
      let c = g.channels
      var dx = [Double](repeating: 0, count: Tensor.count(of: shape))
      dx.withUnsafeMutableBufferPointer { out in
        dcols.withUnsafeBufferPointer { source in
          var row = source.baseAddress!
          for n in 0..<batch {
            let image = out.baseAddress! + n * g.height * g.width * c
            for i in 0..<g.outputHeight {
              for j in 0..<g.outputWidth {
                for u in 0..<g.kernelHeight {
                  let y = i * g.stride + u - g.padTop
                  guard y >= 0 && y < g.height else { continue }
                  for v in 0..<g.kernelWidth {
                    let xIndex = j * g.stride + v - g.padLeft
                    guard xIndex >= 0 && xIndex < g.width else { continue }
                    let target = image + (y * g.width + xIndex) * c
                    let from = row + (u * g.kernelWidth + v) * c
                    for ch in 0..<c { target[ch] += from[ch] }
                  }
                }
                row += k
              }
            }
          }
        }
      }
      return Tensor(shape: shape, scalars: dx)
    }
  }
}
