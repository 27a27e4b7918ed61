// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Sources;

namespace VateSharp.Datasets.Tests.Sources;

public sealed class GlobTests
{
    public sealed class Expand
    {
        [Theory]
        [InlineData("root/seq/*", new[] { "root/seq/a1", "root/seq/a2", "root/seq/b10" })]
        [InlineData("root/seq/a?", new[] { "root/seq/a1", "root/seq/a2" })]
        [InlineData("root/**/b*", new[] { "root/deep/x/b3", "root/seq/b10" })]
        [InlineData("root/seq/a1/*.jpg", new[] { "root/seq/a1/0000001.jpg", "root/seq/a1/0000002.jpg" })]
        [InlineData("root/none/*", new string[0])]
        public void Should_MatchStarQuestionAndDoubleStar_When_Expanding(string pattern, string[] expected)
        {
            // Given
            using var temp = new TempFolder();
            foreach (var folder in new[] { "root/seq/a1", "root/seq/a2", "root/seq/b10", "root/deep/x/b3" })
            {
                Directory.CreateDirectory(temp.Combine(folder));
            }

            temp.WriteText("root/seq/a1/0000001.jpg", "x");
            temp.WriteText("root/seq/a1/0000002.jpg", "x");
            temp.WriteText("root/seq/a1/notes.txt", "x");

            // When
            var matches = Glob.Expand(temp.Combine(pattern));

            // Then
            Assert.Equal(expected.Select(e => temp.Combine(e)), matches);
        }
    }
}
