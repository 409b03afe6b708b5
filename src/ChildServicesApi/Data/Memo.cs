using System.Collections.Concurrent;

namespace ChildServicesApi.Data;

/// <summary>
/// Answers worked out from one data version's figures (a <see cref="StoreSnapshot.Part{T}"/>), kept for the next request
/// that needs the same one. At most <c>capacity</c> are kept: past that, the least recently used quarter goes, so memory
/// stays bounded whatever is asked for. Not the response cache: a kept answer serves every filter, order and format of it.
/// </summary>
internal sealed class Memo<TKey, TValue>(int capacity) where TKey : notnull where TValue : class
{
    /// <summary>An answer, worked out once however many requests ask for it at the same moment.</summary>
    private sealed class Kept(Lazy<TValue> value, long used)
    {
        public readonly Lazy<TValue> Value = value;
        public long Used = used;
    }

    private readonly ConcurrentDictionary<TKey, Kept> kept = new();
    private readonly Lock trimming = new();
    private long clock;

    public int Count => kept.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        var now = Interlocked.Increment(ref clock);
        var entry = kept.GetOrAdd(key, static (k, arg) => new Kept(new Lazy<TValue>(() => arg.make(k)), arg.now), (make, now));
        Volatile.Write(ref entry.Used, now);
        if (kept.Count > capacity)
        {
            Trim();
        }
        try
        {
            return entry.Value.Value;
        }
        catch
        {
            // A failure is not kept: the next request works the answer out again.
            kept.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private void Trim()
    {
        lock (trimming)
        {
            var excess = kept.Count - capacity * 3 / 4;
            if (excess <= 0)
            {
                return;
            }
            // ToArray is the dictionary's own snapshot; LINQ over it directly copies while other threads add, and can overrun.
            foreach (var (key, _) in kept.ToArray().OrderBy(k => Volatile.Read(ref k.Value.Used)).Take(excess))
            {
                kept.TryRemove(key, out _);
            }
        }
    }
}
