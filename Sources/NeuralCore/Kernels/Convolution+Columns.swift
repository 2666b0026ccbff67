extension Convolution {
  /// im2col and col2im for NHWC batches, on raw memory so the matrices can live in `Workspace`.
  ///
  /// The im2col matrix has one row per output position `(n, i, j)`, holding the window it reads in
  /// `(u, v, c)` order, zeros where the window hangs over the padding: it is
  /// `[N·outputHeight·outputWidth, kernelHeight·kernelWidth·C]`, row-major, so that row `r` times
  /// `w` read as `[kh·kw·C, F]` is output position `r` before the bias.
  ///
  /// In NHWC one kernel row of a window (`kernelWidth` neighbours, `C` channels each) is one
  /// contiguous run of `x`, so both directions move whole runs: the part of the run inside the
  /// image is copied (or added) in one loop, the part over the padding is zeroed (or dropped).
  enum Columns {
    /// The columns of output position `(i, j)`'s window that fall inside the image: `v` in the range.
    @inline(__always)
    static func inside(_ j: Int, _ g: Geometry) -> Range<Int> {
      let left = j * g.stride - g.padLeft
      return Swift.max(0, -left)..<Swift.min(g.kernelWidth, g.width - left)
    }

    /// im2col: writes the `[N·outputHeight·outputWidth, kh·kw·C]` matrix of `x` (`batch` images
    /// `[height, width, C]`) into `cols`, every element (the memory may start uninitialised).
    static func fill(_ cols: UnsafeMutablePointer<Double>, from x: UnsafePointer<Double>, batch: Int, _ g: Geometry) {
      let c = g.channels, k = g.windowSize, run = g.kernelWidth * c
      var row = cols
      for n in 0..<batch {
        let image = x + n * g.height * g.width * c
        for i in 0..<g.outputHeight {
          for j in 0..<g.outputWidth {
            let columns = inside(j, g)
            let left = j * g.stride - g.padLeft
            for u in 0..<g.kernelHeight {
              let target = row + u * run
              let y = i * g.stride + u - g.padTop
              guard y >= 0 && y < g.height, !columns.isEmpty else {
                target.update(repeating: 0, count: run)
                continue
              }
              let before = columns.lowerBound * c, count = columns.count * c
              if before > 0 { target.update(repeating: 0, count: before) }
              let source = image + ((y * g.width + left) * c + before)
              for t in 0..<count { target[before + t] = source[t] }
              let after = run - before - count
              if after > 0 { (target + before + count).update(repeating: 0, count: after) }
            }
            row += k
          }
        }
      }
    }

    /// col2im: adds each row of `dcols` back to the input positions its window read, into `dx`
    /// (`batch` images `[height, width, C]`, which the caller zeroes first).
    ///
    /// Positions read by several windows (overlapping strides) receive the sum; padding drops out.
    static func accumulate(_ dcols: UnsafePointer<Double>, into dx: UnsafeMutablePointer<Double>, batch: Int, _ g: Geometry) {
      let c = g.channels, k = g.windowSize, run = g.kernelWidth * c
      var row = dcols
      for n in 0..<batch {
        let image = dx + n * g.height * g.width * c
        for i in 0..<g.outputHeight {
          for j in 0..<g.outputWidth {
            let columns = inside(j, g)
            let left = j * g.stride - g.padLeft
            let before = columns.lowerBound * c, count = columns.count * c
            for u in 0..<g.kernelHeight where !columns.isEmpty {
              let y = i * g.stride + u - g.padTop
              guard y >= 0 && y < g.height else { continue }
              let target = image + ((y * g.width + left) * c + before)
              let source = row + u * run + before
              for t in 0..<count { target[t] += source[t] }
            }
            row += k
          }
        }
      }
    }
  }
}
