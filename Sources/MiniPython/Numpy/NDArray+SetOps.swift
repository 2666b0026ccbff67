/// numpy's set operations on flattened arrays: `intersect1d`, `union1d`, `setdiff1d`, `isin`.
///
/// Results are sorted and distinct (from `unique`) unless `assumeUnique` keeps the input order,
/// as numpy does; the dtype of a result mixing two arrays is their promoted dtype. NaN never
/// equals NaN here, so a NaN is never "in" another array.
extension NDArray {
  /// `np.intersect1d(ar1, ar2, assume_unique, return_indices)`: the sorted values found in both,
  /// with, for each, its index in `a` and in `b` (the first occurrence unless `assumeUnique`).
  ///
  /// numpy sorts `unique(a)` and `unique(b)` joined together (stably) and keeps each value that
  /// equals its right neighbour; this does the same, so the indices agree with numpy's.
  public static func intersect1d(_ a: NDArray, _ b: NDArray, assumeUnique: Bool = false)
    -> (values: NDArray, indicesInA: NDArray, indicesInB: NDArray)
  {
    let (first, firstPlaces) = distinct(a, assumeUnique: assumeUnique)
    let (second, secondPlaces) = distinct(b, assumeUnique: assumeUnique)
    let joined = first + second
    let order = joined.indices.sorted { ascending(joined[$0], joined[$1]) || (!ascending(joined[$1], joined[$0]) && $0 < $1) }
    var values: [Double] = []
    var inA: [Double] = []
    var inB: [Double] = []
    for k in 0..<max(order.count - 1, 0) where joined[order[k]] == joined[order[k + 1]] {
      values.append(joined[order[k]])
      inA.append(Double(firstPlaces[order[k]]))
      inB.append(Double(secondPlaces[order[k + 1] - first.count]))
    }
    return (
      NDArray(shape: [values.count], scalars: values, dtype: DType.promoted(a.dtype, b.dtype)),
      NDArray(shape: [inA.count], scalars: inA, dtype: .int64),
      NDArray(shape: [inB.count], scalars: inB, dtype: .int64)
    )
  }

  /// `np.union1d(ar1, ar2)`: the sorted distinct values of both.
  public static func union1d(_ a: NDArray, _ b: NDArray) -> NDArray {
    let type = DType.promoted(a.dtype, b.dtype)
    let joined = NDArray(shape: [a.count + b.count], scalars: a.scalars + b.scalars, dtype: type)
    return joined.unique().values
  }

  /// `np.setdiff1d(ar1, ar2, assume_unique)`: the values of `a` not in `b`, sorted and distinct
  /// (or in `a`'s order when `assumeUnique`), with `a`'s dtype.
  public static func setdiff1d(_ a: NDArray, _ b: NDArray, assumeUnique: Bool = false) -> NDArray {
    let values = assumeUnique ? a.scalars : a.unique().values.scalars
    let excluded = Set(b.scalars)
    let kept = values.filter { !excluded.contains($0) }
    return NDArray(shape: [kept.count], scalars: kept, dtype: a.dtype)
  }

  /// `np.isin(element, test_elements, invert)`: whether each element of this array is among
  /// `tests` (or is not, when `invert`), as a boolean array of this shape.
  public func isIn(_ tests: NDArray, invert: Bool = false) -> NDArray {
    let members = Set(tests.scalars)
    let found = scalars.map { members.contains($0) != invert ? 1.0 : 0.0 }
    return NDArray(shape: shape, scalars: found, dtype: .bool)
  }

  /// The values of `a` flattened and, unless `assumeUnique`, made sorted and distinct; with the
  /// index in `a` each one came from.
  private static func distinct(_ a: NDArray, assumeUnique: Bool) -> (values: [Double], places: [Int]) {
    if assumeUnique { return (a.scalars, Array(0..<a.count)) }
    let unique = a.unique()
    return (unique.values.scalars, unique.firstIndices.scalars.map { Int($0) })
  }
}
