// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Preprocessing;

/// <summary>
/// Resizes (stretch or letterbox) an image into a reused 8-bit canvas of the input size, then normalises the
/// canvas into a caller-owned float tensor. Not thread-safe: one per detector, used under its lock.
/// </summary>
public sealed class ImagePreprocessor : IDisposable
{
    private readonly PreprocessSettings _settings;
    private readonly ChannelCoefficients _coefficients;
    private readonly Mat _canvas;
    private readonly Mat _converted = new();

    /// <summary>Initializes a new instance of the <see cref="ImagePreprocessor"/> class.</summary>
    public ImagePreprocessor(PreprocessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        _settings = settings;
        _coefficients = ChannelCoefficients.From(settings.Normalisation);
        _canvas = new Mat(settings.InputHeight, settings.InputWidth, MatType.CV_8UC3);
    }

    /// <summary>Gets the number of floats the tensor needs: 3 x height x width.</summary>
    public int TensorLength => 3 * _settings.InputWidth * _settings.InputHeight;

    /// <summary>Fills <paramref name="tensor"/> from <paramref name="image"/> and returns the image-to-input mapping.</summary>
    /// <param name="image">An 8-bit image with 1, 3 (BGR) or 4 (BGRA) channels.</param>
    /// <param name="tensor">At least <see cref="TensorLength"/> floats, written as CHW.</param>
    /// <exception cref="ArgumentException">The image is empty or not 8-bit.</exception>
    public LetterboxTransform Run(Mat image, Span<float> tensor)
    {
        var bgr = AsBgr(image);
        var transform = _settings.Resize switch
        {
            ResizeMode.Stretch => LetterboxTransform.Stretch(bgr.Width, bgr.Height, _settings.InputWidth, _settings.InputHeight),
            ResizeMode.LetterboxTopLeft => LetterboxTransform.Fit(
                bgr.Width, bgr.Height, _settings.InputWidth, _settings.InputHeight, LetterboxAnchor.TopLeft),
            _ => LetterboxTransform.Fit(bgr.Width, bgr.Height, _settings.InputWidth, _settings.InputHeight, LetterboxAnchor.Centre),
        };

        var interpolation = _settings.Interpolation == Interpolation.Area ? InterpolationFlags.Area : InterpolationFlags.Linear;
        if (_settings.Resize == ResizeMode.Stretch)
        {
            Cv2.Resize(bgr, _canvas, new Size(_settings.InputWidth, _settings.InputHeight), 0, 0, interpolation);
        }
        else
        {
            // Resizing into a view of the canvas writes in place because the view already has the target size.
            _canvas.SetTo(Scalar.All(_settings.PadValue));
            var area = new Rect((int)transform.PadX, (int)transform.PadY, transform.ResizedWidth, transform.ResizedHeight);
            using var view = new Mat(_canvas, area);
            Cv2.Resize(bgr, view, area.Size, 0, 0, interpolation);
        }

        Normalise(tensor);
        return transform;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _canvas.Dispose();
        _converted.Dispose();
    }

    private void Normalise(Span<float> tensor)
    {
        // The canvas is allocated whole, so it is continuous and its span covers every row.
        var stride = (int)_canvas.Step();
        var bytes = _canvas.AsSpan<byte>();
        NormalisationKernel.Apply(
            bytes, _canvas.Cols, _canvas.Rows, stride, tensor, _coefficients, _settings.ColourOrder == ColourOrder.Rgb);
    }

    private Mat AsBgr(Mat image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Empty())
        {
            throw new ArgumentException("The image is empty (it may not have decoded); pass an 8-bit BGR image.", nameof(image));
        }

        if (image.Depth() != MatType.CV_8U)
        {
            throw new ArgumentException($"The image must be 8-bit per channel, but its type is {image.Type()}.", nameof(image));
        }

        switch (image.Channels())
        {
            case 3:
                return image;
            case 1:
                Cv2.CvtColor(image, _converted, ColorConversionCodes.GRAY2BGR);
                return _converted;
            case 4:
                Cv2.CvtColor(image, _converted, ColorConversionCodes.BGRA2BGR);
                return _converted;
            default:
                throw new ArgumentException($"The image must have 1, 3 or 4 channels, but it has {image.Channels()}.", nameof(image));
        }
    }
}
