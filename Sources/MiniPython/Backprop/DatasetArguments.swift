import NeuralCore

/// Reads a data-set loader's arguments, raising `ValueError`s that name the argument and its range.
///
/// The loaders pass these on to NeuralCore's generators, whose preconditions trap: every value is
/// checked here first, at the boundary.
struct DatasetArguments {
  let arguments: Arguments

  init(_ arguments: Arguments) {
    self.arguments = arguments
  }

  /// `seed=`: numpy's seed range, `0 ... 2**32 - 1`.
  func seed(_ fallback: Int) throws(PyException) -> UInt32 {
    let seed = try arguments.int("seed", default: fallback)
    guard seed >= 0, seed <= Int(UInt32.max) else {
      throw PyException(
        .valueError, "Seed must be between 0 and 2**32 - 1",
        help: "\(arguments.functionName)(seed=...) takes the seed np.random.seed takes")
    }
    return UInt32(seed)
  }

  /// A number of examples (the one argument that may also be passed by position), `>= 0`.
  func count(_ name: String, _ fallback: Int) throws(PyException) -> Int {
    let count = try arguments.int(name, at: 0, default: fallback)
    guard count >= 0 else {
      throw PyException(.valueError, "\(name) must be non-negative, got \(count)")
    }
    return count
  }

  /// A size or a number of classes, `>= 1`.
  func positive(_ name: String, _ fallback: Int) throws(PyException) -> Int {
    let value = try arguments.int(name, default: fallback)
    guard value >= 1 else {
      throw PyException(.valueError, "\(name) must be at least 1, got \(value)")
    }
    return value
  }

  /// `noise=`: a standard deviation `>= 0`, or `None` for none.
  func noise(_ fallback: Double) throws(PyException) -> Double? {
    if let value = try arguments.value("noise"), value.isNone { return nil }
    let noise = try arguments.double("noise", default: fallback)
    guard noise >= 0 else {
      throw PyException(.valueError, "noise must be non-negative, got \(PythonFloat.repr(noise))")
    }
    return noise
  }

  /// `size=` of an image set: at least 8 pixels (the glyphs and shapes need them).
  func imageSize() throws(PyException) -> Int {
    let size = try arguments.int("size", default: 8)
    guard size >= 8 else {
      throw PyException(.valueError, "size must be at least 8 pixels, got \(size)")
    }
    return size
  }
}
