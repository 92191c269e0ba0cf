"""What the generator writes: template parts, phrases, look-alikes, hard negatives, names, places and
the value makers for every kind of personal data."""
