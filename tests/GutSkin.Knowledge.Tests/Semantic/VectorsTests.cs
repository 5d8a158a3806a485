using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Tests.Semantic;

public sealed class VectorsTests
{
    [Fact]
    public void Without_TakesOutTheDirection_AndKeepsAUnitVector()
    {
        var vector = new[] { 0.6f, 0.8f, 0f };
        var direction = new[] { 1f, 0f, 0f };

        var rest = Vectors.Without(vector, direction);

        Assert.Equal(0, Vectors.Dot<float>(rest, direction), 5);
        Assert.Equal(1, Vectors.Dot<float>(rest, rest), 5);
        Assert.Equal(1, rest[1], 5);
    }

    [Fact]
    public void Without_ItsOwnDirection_LeavesZero()
    {
        var direction = new[] { 0f, 1f };

        Assert.All(Vectors.Without(direction, direction), component => Assert.Equal(0, component));
    }
}
