using ChildServicesApi.Data;

namespace ChildServicesApi.Tests.Data;

/// <summary>A memo keeps answers for the next request, and never more than its capacity: the least recently used go first.</summary>
public sealed class MemoTests
{
    [Fact]
    public void KeptAnswer_IsReturnedWithoutWorkingItOutAgain()
    {
        var memo = new Memo<int, string>(capacity: 4);
        var made = 0;

        var first = memo.GetOrAdd(1, k => { made++; return $"answer {k}"; });
        var again = memo.GetOrAdd(1, k => { made++; return $"answer {k}"; });

        Assert.Equal("answer 1", first);
        Assert.Same(first, again);
        Assert.Equal(1, made);
    }

    [Fact]
    public void PastCapacity_TheLeastRecentlyUsedGo_AndTheCountStaysWithinCapacity()
    {
        var memo = new Memo<int, string>(capacity: 8);
        for (var key = 0; key < 8; key++)
        {
            memo.GetOrAdd(key, k => $"answer {k}");
        }
        memo.GetOrAdd(0, _ => throw new InvalidOperationException("0 was kept and should not be worked out again"));

        memo.GetOrAdd(8, k => $"answer {k}");

        Assert.InRange(memo.Count, 1, 8);
        var remade = new List<int>();
        memo.GetOrAdd(0, k => { remade.Add(k); return $"answer {k}"; });
        memo.GetOrAdd(1, k => { remade.Add(k); return $"answer {k}"; });
        Assert.Equal([1], remade);
    }

    [Fact]
    public async Task ManyKeysFromManyThreads_NeverKeepMoreThanCapacity()
    {
        var memo = new Memo<int, string>(capacity: 64);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var key = 0; key < 2000; key++)
            {
                Assert.Equal($"answer {key}", memo.GetOrAdd(key, k => $"answer {k}"));
            }
        })));

        Assert.InRange(memo.Count, 1, 64);
    }

    [Fact]
    public async Task SimultaneousFirstRequests_WorkTheAnswerOutOnce()
    {
        var memo = new Memo<int, string>(capacity: 4);
        var made = 0;
        using var gate = new ManualResetEventSlim();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            gate.Wait();
            return memo.GetOrAdd(1, k => { Interlocked.Increment(ref made); Thread.Sleep(50); return $"answer {k}"; });
        })).Append(Task.Run(() => { gate.Set(); return "answer 1"; })));

        Assert.All(answers, a => Assert.Equal("answer 1", a));
        Assert.Equal(1, made);
    }

    [Fact]
    public void AFailure_IsNotKept()
    {
        var memo = new Memo<int, string>(capacity: 4);

        Assert.Throws<InvalidOperationException>(() => memo.GetOrAdd(1, _ => throw new InvalidOperationException("the store was busy")));

        Assert.Equal("answer 1", memo.GetOrAdd(1, k => $"answer {k}"));
    }
}
