import NeuralCore

/// Argument reading shared by the Keras-style constructors, with the errors Keras users meet.
///
/// Every constructor lists the keywords it supports; anything else raises
/// `ValueError: Conv2D: unsupported argument 'dilation_rate' (supported: filters, …)`, so an
/// option outside the subset is never silently ignored.
enum KerasArguments {
  /// Raises for any keyword outside `supported`, and for more positional arguments than
  /// `positional` names.
  static func check(
    _ arguments: Arguments, _ owner: String, positional: [String], keywords: [String]
  ) throws(PyException) {
    let supported = positional + keywords.filter { !positional.contains($0) }
    for keyword in arguments.keywords where !supported.contains(keyword.name) {
      throw PyException(
        .valueError,
        "\(owner): unsupported argument '\(keyword.name)' (supported: \(supported.joined(separator: ", ")))"
      )
    }
    if arguments.count > positional.count {
      throw PyException(
        .typeError,
        "\(owner)() takes at most \(positional.count) positional argument\(positional.count == 1 ? "" : "s") (\(arguments.count) given)"
      )
    }
  }

  /// A positive integer (`units`, `filters`).
  static func positiveInt(_ arguments: Arguments, _ owner: String, _ name: String, at position: Int?)
    throws(PyException) -> Int
  {
    let value = try arguments.int(name, at: position)
    guard value > 0 else {
      throw PyException(.valueError, "\(owner): \(name) must be a positive integer, got \(value)")
    }
    return value
  }

  /// An integer or a pair of equal integers (`kernel_size=3`, `pool_size=(2, 2)`); non-square
  /// windows are outside the subset.
  static func square(_ value: PyValue, _ owner: String, _ name: String) throws(PyException) -> Int {
    let (first, second) = try pair(value, owner, name)
    guard first == second else {
      throw PyException(
        .valueError,
        "\(owner): \(name) (\(first), \(second)) is not supported (only square windows: one integer or two equal ones)"
      )
    }
    return first
  }

  /// A positive integer or a pair of them (`pool_size=(2, 3)`), as (height, width).
  static func pair(_ value: PyValue, _ owner: String, _ name: String) throws(PyException) -> (Int, Int) {
    let sides: [PyValue]
    switch value {
    case .tuple(let items): sides = items
    case .list(let list): sides = list.items
    default: sides = [value]
    }
    let numbers = sides.compactMap(\.asIndex)
    guard numbers.count == sides.count, (1...2).contains(numbers.count), numbers.allSatisfy({ $0 > 0 })
    else {
      throw PyException(
        .valueError, "\(owner): \(name) must be a positive integer or a pair of them")
    }
    return (numbers[0], numbers.last!)
  }

  /// A shape without the batch axis (`input_shape=(28, 28, 1)`, `shape=(2,)`).
  static func shape(_ value: PyValue, _ owner: String, _ name: String) throws(PyException) -> [Int] {
    let items: [PyValue]
    switch value {
    case .tuple(let values): items = values
    case .list(let list): items = list.items
    default: items = [value]
    }
    let sides = items.compactMap(\.asIndex)
    guard sides.count == items.count, !sides.isEmpty, sides.allSatisfy({ $0 > 0 }) else {
      throw PyException(
        .valueError,
        "\(owner): \(name) must be a tuple of positive integers without the batch axis, like (28, 28, 1)"
      )
    }
    return sides
  }

  /// One of a fixed set of names (`padding='same'`).
  static func choice(
    _ arguments: Arguments, _ owner: String, _ name: String, among names: [String], default fallback: String
  ) throws(PyException) -> String {
    guard let text = try arguments.string(name) else { return fallback }
    let lowered = text.lowercased()
    guard names.contains(lowered) else {
      throw PyException(
        .valueError,
        "\(owner): \(name)='\(text)' is not supported (supported: \(names.map { "'\($0)'" }.joined(separator: ", ")))"
      )
    }
    return lowered
  }

  /// A rate in `[0, 1)` (dropout).
  static func rate(_ arguments: Arguments, _ owner: String, _ name: String, at position: Int?)
    throws(PyException) -> Double
  {
    let rate = try arguments.double(name, at: position)
    guard rate >= 0, rate < 1 else {
      throw PyException(.valueError, "\(owner): \(name) must be in [0, 1), got \(rate)")
    }
    return rate
  }

  /// A NeuralCore tensor from an array or nested lists.
  static func tensor(_ value: PyValue) throws(PyException) -> Tensor {
    try Numpy.array(value).tensor
  }

  /// `(None, 4)`: a shape with its batch axis, as Keras prints it.
  static func shapeText(_ shape: [Int]) -> String {
    "(" + (["None"] + shape.map(String.init)).joined(separator: ", ") + ")"
  }
}
