extension Pooling {
  /// Where each pooling window sits: sizes, strides and padding resolved to numbers.
  ///
  /// `valid` keeps every window inside the input: `outputHeight = (height − poolHeight) / strideHeight + 1`.
  /// `same` pads so that `outputHeight = ceil(height / strideHeight)`, the extra row or column at the
  /// bottom and right (Keras's rule); padded cells are not values, so max pooling never picks them
  /// and average pooling divides by the number of real cells in the window. Likewise for widths.
  public struct Geometry: Sendable, Equatable {
    public var height, width, channels: Int
    public var poolHeight, poolWidth: Int
    public var strideHeight, strideWidth: Int
    public var padTop, padLeft: Int
    public var outputHeight, outputWidth: Int

    /// The geometry of `poolHeight x poolWidth` windows moving by `(strideHeight, strideWidth)` over
    /// an input `[N, height, width, C]` (only the last three extents are read).
    ///
    /// - Throws: `ShapeError.mismatch` when the input is not rank 4, a size or stride is not
    ///   positive, the padding is explicit (pooling takes `valid` or `same`), or a `valid` window
    ///   does not fit in the input.
    public init(
      input: [Int], poolHeight: Int, poolWidth: Int, strideHeight: Int, strideWidth: Int,
      padding: Convolution.Padding = .valid
    ) throws(ShapeError) {
      guard input.count == 4 else {
        throw .mismatch("expected input of shape (N, height, width, channels), got \(ShapeError.text(input))")
      }
      guard poolHeight > 0, poolWidth > 0, strideHeight > 0, strideWidth > 0 else {
        throw .mismatch(
          "pool size and strides must be positive, got pool \(poolHeight)x\(poolWidth) and strides \(strideHeight)x\(strideWidth)")
      }
      (height, width, channels) = (input[1], input[2], input[3])
      (self.poolHeight, self.poolWidth) = (poolHeight, poolWidth)
      (self.strideHeight, self.strideWidth) = (strideHeight, strideWidth)
      switch padding {
      case .valid:
        guard height >= poolHeight, width >= poolWidth else {
          throw .mismatch("a \(poolHeight)x\(poolWidth) window does not fit in a padded input of \(height)x\(width)")
        }
        (padTop, padLeft) = (0, 0)
        outputHeight = (height - poolHeight) / strideHeight + 1
        outputWidth = (width - poolWidth) / strideWidth + 1
      case .same:
        outputHeight = (height + strideHeight - 1) / strideHeight
        outputWidth = (width + strideWidth - 1) / strideWidth
        // The total padding is below the window's size, so every window holds a real cell.
        padTop = Swift.max((outputHeight - 1) * strideHeight + poolHeight - height, 0) / 2
        padLeft = Swift.max((outputWidth - 1) * strideWidth + poolWidth - width, 0) / 2
      case .explicit:
        throw .mismatch("pooling padding must be valid or same, got \(padding)")
      }
    }

    /// The rows `u` (within the window) of output row `i` that fall inside the input.
    @inline(__always) func rows(_ i: Int) -> Range<Int> {
      let top = i * strideHeight - padTop
      return Swift.max(0, -top)..<Swift.min(poolHeight, height - top)
    }

    /// The columns `v` (within the window) of output column `j` that fall inside the input.
    @inline(__always) func columns(_ j: Int) -> Range<Int> {
      let left = j * strideWidth - padLeft
      return Swift.max(0, -left)..<Swift.min(poolWidth, width - left)
    }

    /// Calls `body(output, cells)` for each output position `(n, i, j)` in row-major order, with
    /// `output` the offset of its `C` values in `y` and `cells` the offsets in `x` of the first
    /// channel of each real cell of its window (row-major within the window).
    @inline(__always)
    func forEachWindow(batch: Int, _ body: (_ output: Int, _ cells: Cells) -> Void) {
      var output = 0
      for n in 0..<batch {
        for i in 0..<outputHeight {
          let rows = rows(i), top = i * strideHeight - padTop
          for j in 0..<outputWidth {
            let left = j * strideWidth - padLeft
            let corner = ((n * height + top) * width + left) * channels
            body(output, Cells(corner: corner, rows: rows, columns: columns(j), rowStride: width * channels, channels: channels))
            output += channels
          }
        }
      }
    }

    /// The real cells of one window.
    struct Cells {
      var corner: Int
      var rows, columns: Range<Int>
      var rowStride, channels: Int

      /// How many real cells the window holds.
      var count: Int { rows.count * columns.count }

      @inline(__always) func forEach(_ body: (Int) -> Void) {
        for u in rows {
          let row = corner + u * rowStride
          for v in columns { body(row + v * channels) }
        }
      }
    }
  }
}
