import Glibc

/// The guard in front of every large allocation a learner's numbers decide.
///
/// Swift stops the whole process when an allocation fails, which in the notebook would lose every
/// cell's state. numpy instead raises `MemoryError: Unable to allocate 74.5 GiB for an array with
/// shape (100000, 100000) and data type float64` when `malloc` refuses; a typo in a shape or an
/// `(m, 1) - (1, m)` broadcast with a large `m` gets there. We raise the same error, with numpy's
/// wording, for any single array larger than this machine's physical memory (a request Linux would
/// refuse anyway, or grant and then kill the process for touching).
enum ArrayAllocation {
  /// Physical memory in bytes (64 GiB when the system does not say).
  static let physicalBytes: Int = {
    let pages = sysconf(Int32(_SC_PHYS_PAGES))
    let size = sysconf(Int32(_SC_PAGESIZE))
    guard pages > 0, size > 0 else { return 64 << 30 }
    let (bytes, overflow) = pages.multipliedReportingOverflow(by: size)
    return overflow ? Int.max : bytes
  }()

  /// Elements of `shape` with overflow reported as `nil`.
  static func elementCount(_ shape: [Int]) -> Int? {
    var count = 1
    for extent in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: Swift.max(extent, 0))
      if overflow { return nil }
      count = product
    }
    return count
  }

  /// Throws numpy's errors for an array of `shape` that cannot be allocated here.
  ///
  /// - Throws: `ValueError: array is too big; ...` when the byte count overflows 64 bits,
  ///   `MemoryError: Unable to allocate ...` when it exceeds physical memory.
  static func check(_ shape: [Int], dtype: DType = .float64) throws(NumpyError) {
    let itemSize = 8
    guard let count = elementCount(shape) else { throw tooBig }
    let (bytes, overflow) = count.multipliedReportingOverflow(by: itemSize)
    if overflow { throw tooBig }
    if bytes > physicalBytes {
      throw NumpyError(
        .memoryError,
        "Unable to allocate \(sizeString(bytes)) for an array with shape \(NumpyError.tuple(shape)) and data type \(dtype.name)")
    }
  }

  static let tooBig = NumpyError.value(
    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")

  /// A byte count as numpy's message prints it: three significant digits in binary units
  /// (`74.5 GiB`, `298. GiB`, `6.94 EiB`), as `'{:#.3g} {}'.format(...)` writes them.
  static func sizeString(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    let bitLength = Int.bitWidth - bytes.leadingZeroBitCount
    var unit = Swift.max(bitLength - 1, 1) / 10
    if unit == 0 { return "\(bytes) bytes" }
    var value = Double(bytes) / Double(1 << (unit * 10))
    if value.rounded() == 1024, unit + 1 < units.count {
      unit += 1
      value /= 1024
    }
    return threeSignificantDigits(value) + " " + units[unit]
  }

  /// `'{:#.3g}'` for `1 <= value < 1024`: `74.5`, `298.`, `6.94`, `1.00`.
  private static func threeSignificantDigits(_ value: Double) -> String {
    let decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * scale).rounded()
    if decimals > 0, scaled >= 1000 {  // 9.995 rounds up to 10.0: one decimal fewer
      return threeSignificantDigits(scaled / scale)
    }
    let whole = Int(scaled) / Int(scale)
    let fraction = Int(scaled) % Int(scale)
    if decimals == 0 { return "\(whole)." }
    let digits = String(fraction)
    return "\(whole)." + String(repeating: "0", count: decimals - digits.count) + digits
  }
}
