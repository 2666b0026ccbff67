/// Reading the object a value (or a local variable) holds without retaining it.
///
/// Each retain and release is an atomic operation of a few nanoseconds; on the paths a course
/// loop runs millions of times (a view's slice key, a fused expression's array leaf) they were
/// a large share of the work. These accessors hand out an `Unmanaged` reference instead, valid
/// only while the value that holds the object is alive and unchanged, which the caller ensures
/// (the key, the operand or the local variable is held for the whole use, and the use runs no
/// Python code).
extension PyValue {
  /// The array this value holds, not retained.
  @inline(__always)
  var unretainedArray: Unmanaged<NDArray>? {
    if case .native(let object) = self, let array = NDArray.cast(object) { return .passUnretained(array) }
    return nil
  }

  /// The slice this value holds, not retained.
  @inline(__always)
  var unretainedSlice: Unmanaged<PySlice>? {
    if case .slice(let slice) = self { return .passUnretained(slice) }
    return nil
  }
}

extension Frame {
  /// The dict in local slot `slot`, not retained: for a lookup or a store, which runs no Python
  /// code, so the slot holds the dict throughout. (Binding it with `case .dict(let dict)?`
  /// retained and released it around the call: a third of the cost of `parameters["W1"]`.)
  @inline(__always)
  func localDict(_ slot: Int) -> Unmanaged<PyDict>? {
    if case .dict(let dict)? = slots[slot] { return Unmanaged.passUnretained(dict) }
    return nil
  }

  /// The list in local slot `slot`, not retained (as `localDict`, for a read that runs no code).
  @inline(__always)
  func localList(_ slot: Int) -> Unmanaged<PyList>? {
    if case .list(let list)? = slots[slot] { return Unmanaged.passUnretained(list) }
    return nil
  }
}

extension Unmanaged {
  /// `_withUnsafeGuaranteedRef` for a body that raises Python exceptions (the standard library's
  /// rethrows them as `any Error`; only a `PyException` can come out).
  @inline(__always)
  func guaranteed<Result>(_ body: (Instance) throws(PyException) -> Result) throws(PyException) -> Result {
    do {
      return try _withUnsafeGuaranteedRef(body)
    } catch {
      throw error as! PyException
    }
  }
}
