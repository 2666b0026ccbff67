/// An evaluator kept in an array that running code walks (call arguments, tuple items).
///
/// Swift stores a bare closure in an array at its most general representation, so every call
/// through the array goes through a conversion thunk and an extra retain; wrapped in a struct,
/// the closure is stored and called as it is.
struct StoredEvaluator {
  let evaluate: Evaluator

  init(_ evaluate: @escaping Evaluator) {
    self.evaluate = evaluate
  }
}
