#!/usr/bin/env bash
# Line budget (STYLE.md 3.1): warn above 300 lines a file, fail above 600.
# A file whose first line contains "line-budget: table" is exempt. Prints totals per target.
set -u
cd "$(dirname "$0")/.." || exit 2
warn=300 fail=600 status=0
declare -A totals
while IFS= read -r -d '' file; do
  lines=$(wc -l < "$file")
  target=$(echo "$file" | cut -d/ -f1-2)
  totals[$target]=$(( ${totals[$target]:-0} + lines ))
  if head -1 "$file" | grep -q "line-budget: table"; then continue; fi
  if [ "$lines" -gt "$fail" ]; then
    echo "FAIL  $file: $lines lines (over $fail)"; status=1
  elif [ "$lines" -gt "$warn" ]; then
    echo "warn  $file: $lines lines (over $warn)"
  fi
done < <(find Sources Tests Benchmarks -name '*.swift' -print0 2>/dev/null)
echo "lines per target:"
for target in $(printf '%s\n' "${!totals[@]}" | sort); do
  printf '  %-32s %6d\n' "$target" "${totals[$target]}"
done
exit $status
