/// Calling a ufunc from Python: its inputs, `out=` and `where=`.
///
/// `np.exp(x, out=y)`, `np.exp(x, y)`, `np.add(a, b, out=(c,))` and `np.maximum(x, 0, out=x)`
/// all write the result into the given array and return that array itself; without `out` the
/// result is a new array (a Python number for scalar inputs).
extension Numpy {
  /// Evaluates ufunc `name` on `inputs` (the first positional arguments) and delivers its result.
  ///
  /// - Parameters:
  ///   - resultType: the dtype of the ufunc's loop for these inputs (throws numpy's loop errors).
  ///   - inPlace: when `out` is the first input itself, writes the result straight into it and
  ///     returns true; otherwise returns false (the result is then computed and assigned).
  ///   - compute: the result as a new array.
  static func callUfunc(
    _ name: String, _ arguments: Arguments, inputs: [NDArray],
    resultType: () throws(NumpyError) -> DType,
    inPlace: (NDArray) throws(NumpyError) -> Bool = { _ throws(NumpyError) in false },
    compute: () throws(NumpyError) -> NDArray
  ) throws(PyException) -> PyValue {
    // The common call, np.exp(x) or np.maximum(x, 0): nothing to parse.
    if arguments.keywords.isEmpty && arguments.count == inputs.count { return wrap(try run(compute)) }
    let out = try ufuncOutput(arguments, name, at: inputs.count)
    let mask = try optionalArray(arguments, "where")
    guard let out else {
      guard let mask else { return wrap(try run(compute)) }
      return try run { () throws(NumpyError) in
        let result = try compute()
        let blank = NDArray(shape: result.shape, scalars: [Double](repeating: 0, count: result.count), dtype: result.dtype)
        try blank.storeUfuncResult(result, where: mask)
        return .native(blank)
      }
    }
    try run { () throws(NumpyError) in
      try out.checkUfuncOutput(name, resultType: try resultType(), inputShapes: inputs.map(\.shape))
      if mask == nil, try inPlace(out) { return }
      try out.storeUfuncResult(try compute(), where: mask)
    }
    return .native(out)
  }

  /// Checks a ufunc's positional arguments: its inputs, then at most one output.
  ///
  /// - Throws: `TypeError: add() takes from 2 to 3 positional arguments but 4 were given`.
  static func checkUfuncArity(_ arguments: Arguments, _ name: String, inputs: Int) throws(PyException) {
    guard arguments.count < inputs || arguments.count > inputs + 1 else { return }
    if arguments.count > inputs + 1 {
      throw PyException(
        .typeError, "\(name)() takes from \(inputs) to \(inputs + 1) positional arguments but \(arguments.count) were given")
    }
    try arguments.expectCount(inputs...(inputs + 1))
  }

  /// The array a ufunc writes into: the positional argument after the inputs, or `out=` (an array,
  /// or a tuple holding one array); `nil` when absent or None.
  ///
  /// - Throws: numpy's `TypeError`s for a non-array or an `out` given twice, and its `ValueError`
  ///   for a tuple of the wrong length.
  static func ufuncOutput(_ arguments: Arguments, _ name: String, at position: Int) throws(PyException) -> NDArray? {
    let keyword = arguments.keywords.first { $0.name == "out" }?.value
    if keyword != nil && position < arguments.count {
      throw PyException(.typeError, "cannot specify 'out' as both a positional and keyword argument")
    }
    guard var value = position < arguments.count ? arguments[position] : keyword else { return nil }
    if case .tuple(let items) = value, keyword != nil {
      guard items.count == 1 else {
        throw PyException(.valueError, "The 'out' tuple must have exactly one entry per ufunc output")
      }
      value = items[0]
    }
    if value.isNone { return nil }
    guard case .native(let object) = value, let array = object as? NDArray else {
      throw PyException(.typeError, "return arrays must be of ArrayType")
    }
    return array
  }

  /// numpy's name for a unary ufunc registered under `name` (`abs` is `absolute`).
  static func ufuncName(_ name: String) -> String {
    name == "abs" ? "absolute" : name
  }
}
