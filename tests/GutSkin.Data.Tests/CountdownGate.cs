namespace GutSkin.Data.Tests;

/// <summary>Lets a fixed number of tasks wait for each other without blocking thread-pool threads.</summary>
internal sealed class CountdownGate(int participants)
{
    private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int waiting;

    public Task SignalAndWaitAsync()
    {
        if (Interlocked.Increment(ref waiting) == participants)
        {
            open.SetResult();
        }

        return open.Task;
    }
}
